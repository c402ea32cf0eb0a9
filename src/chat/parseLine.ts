/**
 * A typed chat line → a command call. Commands are typed as on Discord: `/quotes speaker:psaki about:Iraq`,
 * `/stories place:Paris date:"Sept 15 2014"`. A value runs to the next `option:` of that command (so
 * quotes are optional); words before any option fill the command's first option (`/story Iran talks`).
 * A line not starting with `/` is a free question.
 */
export type ChatLine =
  | { kind: 'empty' }
  | { kind: 'question'; text: string }
  | { kind: 'command'; name: string; options: Map<string, string> }
  | { kind: 'invalid'; message: string };

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^"(.*)"$/s.exec(trimmed) ?? /^“(.*)”$/s.exec(trimmed);
  return quoted ? quoted[1]!.trim() : trimmed;
}

/**
 * `optionNames(command)` lists a command's options (in order), or returns undefined for an unknown
 * command, which is then passed through for the caller to report.
 */
export function parseChatLine(
  line: string,
  optionNames: (command: string) => readonly string[] | undefined,
): ChatLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'question', text };
  const head = /^\/([\w-]+)\s*/.exec(text);
  if (!head) return { kind: 'invalid', message: 'Type a command after the slash, e.g. /help.' };
  const name = head[1]!.toLowerCase();
  const rest = text.slice(head[0].length);
  const options = new Map<string, string>();
  const names = optionNames(name);
  if (!names || names.length === 0 || !rest) return { kind: 'command', name, options };
  // Split before every ` name:` where name is one of this command's options.
  const marker = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/[^\w-]/g, '')).join('|')}):`, 'gi');
  const starts: Array<{ option: string; at: number; valueAt: number }> = [];
  for (const match of rest.matchAll(marker)) {
    const at = match.index + (/^\s/.test(match[0]) ? 1 : 0);
    starts.push({ option: match[1]!.toLowerCase(), at, valueAt: match.index + match[0].length });
  }
  const leading = rest.slice(0, starts[0]?.at ?? rest.length).trim();
  const stray = /^([a-z]+):/i.exec(leading);
  if (stray)
    return {
      kind: 'invalid',
      message: `/${name} has no option "${stray[1]}". Its options: ${names.map((n) => `${n}:`).join(' ')}`,
    };
  if (leading) options.set(names[0]!, unquote(leading));
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1]?.at ?? rest.length;
    if (options.has(start.option))
      return { kind: 'invalid', message: `"${start.option}" is given twice; give each option once.` };
    options.set(start.option, unquote(rest.slice(start.valueAt, end)));
  }
  return { kind: 'command', name, options };
}
