/**
 * Discord's own limits on what a bot may send. Real Discord answers 400 (code 50035 or 50006) when a
 * message, autocomplete answer or command registration breaks them, so the fake does too: a bot that
 * passes here would not be rejected by Discord for these reasons.
 */
import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';

type Body = Record<string, unknown>;

const len = (value: unknown) => (typeof value === 'string' ? value.length : 0);

function embedProblems(embeds: unknown[]): string[] {
  const problems: string[] = [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (at most 10)`);
  let total = 0;
  embeds.forEach((raw, index) => {
    const embed = (raw ?? {}) as Body;
    const at = `embeds[${index}]`;
    const footer = (embed.footer ?? {}) as Body;
    const author = (embed.author ?? {}) as Body;
    const fields = Array.isArray(embed.fields) ? (embed.fields as Body[]) : [];
    if (len(embed.title) > 256) problems.push(`${at}.title is ${len(embed.title)} characters (at most 256)`);
    if (len(embed.description) > 4096)
      problems.push(`${at}.description is ${len(embed.description)} characters (at most 4096)`);
    if (len(footer.text) > 2048) problems.push(`${at}.footer.text is longer than 2048 characters`);
    if (len(author.name) > 256) problems.push(`${at}.author.name is longer than 256 characters`);
    if (fields.length > 25) problems.push(`${at} has ${fields.length} fields (at most 25)`);
    fields.forEach((field, f) => {
      if (len(field.name) === 0 || len(field.name) > 256)
        problems.push(`${at}.fields[${f}].name must be 1-256`);
      if (len(field.value) === 0 || len(field.value) > 1024)
        problems.push(`${at}.fields[${f}].value is ${len(field.value)} characters (must be 1-1024)`);
    });
    if (embed.url !== undefined && !/^https?:\/\//.test(String(embed.url)))
      problems.push(`${at}.url is not a URL`);
    total +=
      len(embed.title) +
      len(embed.description) +
      len(footer.text) +
      len(author.name) +
      fields.reduce((sum, field) => sum + len(field.name) + len(field.value), 0);
  });
  if (total > 6000) problems.push(`embeds hold ${total} characters in all (at most 6000)`);
  return problems;
}

function componentProblems(rows: unknown[]): string[] {
  const problems: string[] = [];
  if (rows.length > 5) problems.push(`${rows.length} action rows (at most 5)`);
  const customIds = new Set<string>();
  rows.forEach((raw, r) => {
    const row = (raw ?? {}) as Body;
    if (row.type !== ComponentType.ActionRow) {
      problems.push(`components[${r}] is type ${String(row.type)}, not an action row (1)`);
      return;
    }
    const children = Array.isArray(row.components) ? (row.components as Body[]) : [];
    if (children.length === 0 || children.length > 5)
      problems.push(`components[${r}] has ${children.length} items (1-5)`);
    children.forEach((child, c) => {
      const at = `components[${r}].components[${c}]`;
      if (child.type === ComponentType.Button) {
        const link = child.style === ButtonStyle.Link;
        if (len(child.label) > 80) problems.push(`${at}.label is longer than 80 characters`);
        if (!child.label && !child.emoji) problems.push(`${at} has neither label nor emoji`);
        if (link ? typeof child.url !== 'string' : typeof child.custom_id !== 'string')
          problems.push(`${at} needs ${link ? 'a url' : 'a custom_id'}`);
      }
      if (child.custom_id !== undefined) {
        const id = String(child.custom_id);
        if (id.length === 0 || id.length > 100)
          problems.push(`${at}.custom_id is ${id.length} characters (1-100)`);
        if (customIds.has(id)) problems.push(`${at}.custom_id "${id}" is used twice in one message`);
        customIds.add(id);
      }
    });
  });
  return problems;
}

/**
 * Problems with a message body; `partial` is for edits, where absent fields keep their old value and
 * emptiness is judged on the message after the edit (by the caller).
 */
export function messageProblems(body: Body, partial = false): string[] {
  const problems: string[] = [];
  if (body.content !== undefined && body.content !== null && typeof body.content !== 'string')
    problems.push('content is not a string');
  if (len(body.content) > 2000) problems.push(`content is ${len(body.content)} characters (at most 2000)`);
  if (Array.isArray(body.embeds)) problems.push(...embedProblems(body.embeds));
  if (Array.isArray(body.components)) problems.push(...componentProblems(body.components));
  const allowed = body.allowed_mentions as Body | undefined;
  if (allowed && Array.isArray(allowed.parse)) {
    if (
      (allowed.parse as string[]).includes('users') &&
      Array.isArray(allowed.users) &&
      allowed.users.length > 0
    )
      problems.push('allowed_mentions: parse "users" and a users list are mutually exclusive');
    if (
      (allowed.parse as string[]).includes('roles') &&
      Array.isArray(allowed.roles) &&
      allowed.roles.length > 0
    )
      problems.push('allowed_mentions: parse "roles" and a roles list are mutually exclusive');
  }
  if (!partial && isEmptyMessage(body)) problems.push('Cannot send an empty message');
  return problems;
}

function isEmptyMessage(body: Body): boolean {
  const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
  const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
  const hasComponents = Array.isArray(body.components) && body.components.length > 0;
  const hasPoll = body.poll !== undefined;
  const hasFiles = Array.isArray(body.attachments) && body.attachments.length > 0;
  return !hasContent && !hasEmbeds && !hasComponents && !hasPoll && !hasFiles;
}

export function autocompleteProblems(data: Body): string[] {
  const choices = Array.isArray(data.choices) ? (data.choices as Body[]) : undefined;
  if (!choices) return ['autocomplete result without a choices array'];
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices (at most 25)`);
  choices.forEach((choice, index) => {
    if (len(choice.name) === 0 || len(choice.name) > 100)
      problems.push(`choices[${index}].name must be 1-100`);
    if (typeof choice.value === 'string' && choice.value.length > 100)
      problems.push(`choices[${index}].value is longer than 100 characters`);
    if (choice.value === undefined || choice.value === null) problems.push(`choices[${index}] has no value`);
  });
  return problems;
}

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function optionProblems(options: Body[], at: string): string[] {
  const problems: string[] = [];
  if (options.length > 25) problems.push(`${at} has ${options.length} options (at most 25)`);
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((option, index) => {
    const where = `${at}.options[${index}] (${String(option.name)})`;
    const name = String(option.name ?? '');
    if (!NAME.test(name) || name !== name.toLowerCase()) problems.push(`${where}: invalid name`);
    if (names.has(name)) problems.push(`${where}: duplicate name`);
    names.add(name);
    if (len(option.description) < 1 || len(option.description) > 100)
      problems.push(`${where}: description 1-100`);
    const nested =
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) problems.push(...optionProblems((option.options as Body[]) ?? [], where));
    else if (option.required === true && sawOptional)
      problems.push(`${where}: required after an optional option`);
    if (!option.required) sawOptional = true;
    if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0)
      problems.push(`${where}: autocomplete and choices are mutually exclusive`);
  });
  return problems;
}

export function commandProblems(commands: unknown): string[] {
  if (!Array.isArray(commands)) return ['the body is not an array of commands'];
  const problems: string[] = [];
  if (commands.length > 100) problems.push(`${commands.length} commands (at most 100)`);
  const names = new Set<string>();
  commands.forEach((raw, index) => {
    const command = (raw ?? {}) as Body;
    const at = `[${index}] (${String(command.name)})`;
    const name = String(command.name ?? '');
    const chatInput = (command.type ?? 1) === 1;
    if (chatInput && (!NAME.test(name) || name !== name.toLowerCase())) problems.push(`${at}: invalid name`);
    if (names.has(`${command.type ?? 1}:${name}`)) problems.push(`${at}: duplicate name`);
    names.add(`${command.type ?? 1}:${name}`);
    if (chatInput && (len(command.description) < 1 || len(command.description) > 100))
      problems.push(`${at}: description must be 1-100 characters`);
    problems.push(...optionProblems((command.options as Body[]) ?? [], at));
  });
  return problems;
}
