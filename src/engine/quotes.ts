import { StoryEntities } from './coref.ts';
import {
  asksQuestion,
  isDocumentNoun,
  isEvidenceVerb,
  isFramingVerb,
  isJudgingVerb,
  isNounLike,
  isParticiple,
  isReportingVerb,
  isSpeechVerb,
  isVerbForm,
  takesInfinitive,
} from './cues.ts';
import type { StoryLayout } from './layout.ts';
import {
  isCapWord,
  isPunct,
  type MentionRange,
  mentionAfter,
  mentionBefore,
  sentenceSubject,
} from './mentions.ts';
import { firstNameGender, isCommonWord, isStopCap, isTitle } from './people.ts';
import { findQuotedSpans, paragraphStarts, type QuotedSpan } from './quoteMarks.ts';
import { reflow, type Token, tokenize } from './tokens.ts';
import type { Person, Quote, Span } from './types.ts';

/** Words that go on with a sentence, never open one, however they are capitalised. */
const CONTINUES_SENTENCE = /^(?:of|and|or|nor|than)$/;

/** Verbs whose object is the one who speaks in "… as saying" (`quoted Boyd Jefferies as saying`). */
const QUOTING_VERB = /^(?:quoted|quotes|quote|quoting|cited|cites|citing)$/;

/** Quotation marks as tokens; `''` is the double mark of some archives (`''I hope so,'' she said`). */
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "''"]);

/** Token ranges `[from, to]` of the sentences, split outside quotation marks only. */
interface SentenceRange {
  from: number;
  to: number;
}

/** A speech event found while reading: who is cited where, for continuing quotes that name nobody. */
interface Attribution {
  mention: MentionRange | null;
  cue: string | null;
  speaker: string | null;
  at: number;
  sentence: number;
}

/** What a direct-quote rule reads about one quoted span. */
interface QuoteSite {
  span: QuotedSpan;
  spanOut: Span;
  q: number;
  /** First and last token of the quoted span. */
  first: number;
  last: number;
  sentenceIndex: number;
  sentence: SentenceRange;
  /** Where the words before the quote start: the sentence's start, or just after an earlier quote in it. */
  regionFrom: number;
  lastLead: Token | undefined;
  /** Nothing but a connective (`But`) comes before the quote in its sentence. */
  startsSentence: boolean;
  opensAfterColon: boolean;
  /** The last speech event earlier in the same sentence naming someone. */
  sameSentence: Attribution | undefined;
  /** The speech or framing verb before the quote in its sentence, or -1. */
  cueIndex: number;
  /** That verb is a speech verb right before the quote (`said: "…"`, `she said, "…"`). */
  adjacent: boolean;
  /** A cue right after the quote (`"…," she said`). */
  after: { cue: number; mention: MentionRange; cueText: string } | null;
}

/**
 * Who says a quoted span, as an ordered list of rules: the first that matches decides. Each has an example
 * (a test parses it and checks that this rule decides the quote in it, with this speaker).
 */
export const DIRECT_QUOTE_RULES = [
  {
    name: 'transcript turn',
    matches: 'a speaker tag in capitals and a colon inside the opening mark',
    decides: 'the tag names the speaker of a direct quote',
    example: 'The show aired on Sunday.\n\n"WALLACE: Let us start with the economy."',
    speaker: 'WALLACE',
  },
  {
    name: 'cue after the quote',
    matches: 'a speech verb and its subject right after the closing mark (`"…," she said`, `"…," said X`)',
    decides: 'that subject; direct when the quote opens its sentence or follows a colon or comma',
    example: '"We will rebuild the mill," Harold Finch said on Monday.',
    speaker: 'Harold Finch',
  },
  {
    name: 'cue before the quote',
    matches: 'a speech or framing verb earlier in the sentence (`X said: "…"`, `called it "…"`)',
    decides: "the verb's subject (for a participle, the sentence's); direct when the verb is right before",
    example: 'Maria Delgado said: "Nobody lost a job."',
    speaker: 'Maria Delgado',
  },
  {
    name: 'subject before a colon',
    matches: 'a colon right before the quote, with no speech verb (`Obama rolled out a message: "…"`)',
    decides: 'the name before the colon, else the subject of the nearest verb, else the sentence subject',
    example: 'Governor Anna Reyes rolled out a new message: "Jobs first."',
    speaker: 'Anna Reyes',
  },
  {
    name: 'introduced by the sentence before',
    matches: 'the previous sentence ends in a colon after a speech verb (`He said:`)',
    decides: "that verb's subject speaks the quote",
    example: 'Tomas Berg spoke after the vote. He said:\n\n"This is a good day for the town."',
    speaker: 'Tomas Berg',
  },
  {
    name: 'named in the narration just before',
    matches: 'a quote opening its sentence right after a narrated sentence naming someone (`X agreed. "…"`)',
    decides: 'the subject of that sentence',
    example: 'Dianne Bystrom agreed. "The race is open."',
    speaker: 'Dianne Bystrom',
  },
  {
    name: 'continues the previous speaker',
    matches: 'a quote opening its sentence with no cue, within 3,000 characters of the last attribution',
    decides: 'the previous speaker goes on',
    example: '"We are ready," said Omar Haddad. "The trucks leave at dawn."',
    speaker: 'Omar Haddad',
  },
  {
    name: 'unattributed sentence',
    matches: 'a quote opening its sentence with nobody cited before it',
    decides: 'a direct quote with no speaker',
    example: '"Welcome to the fair." The banner hung over the gate.',
    speaker: null,
  },
  {
    name: 'speaker earlier in the sentence',
    matches: 'a quoted phrase in a sentence where someone was already cited',
    decides: 'that person, as a partial quote',
    example: 'Lena Vogt said "yes" to the plan and "no" to the budget.',
    speaker: 'Lena Vogt',
  },
  {
    name: 'cue after a later quote',
    matches: 'a quoted phrase followed in the sentence by another quote with a cue after it',
    decides: "that later cue's speaker",
    example: 'Guns are "a crisis" and "a plague," Howard Dean said.',
    speaker: 'Howard Dean',
  },
  {
    name: 'subject of the verb before',
    matches: 'a quoted phrase in narration after a verb whose subject is a name or pronoun',
    decides: 'that subject, as a partial quote',
    example: 'Ruth Amsel wants "a fair deal" for the workers.',
    speaker: 'Ruth Amsel',
  },
  {
    name: "sentence's subject",
    matches: 'a quoted phrase whose sentence has a subject before it but no verb rule matched',
    decides: "the sentence's subject, as a partial quote",
    example: 'Under Mayor Ida Lund the "new deal" for parks went ahead.',
    speaker: 'Ida Lund',
  },
  {
    name: 'any noun before',
    matches: 'whatever is left',
    decides: 'the subject of the nearest verb, even a common noun, or no speaker',
    example: 'The "green plan" was a hit.',
    speaker: null,
  },
] as const;

type DirectQuoteRuleName = (typeof DIRECT_QUOTE_RULES)[number]['name'];

/** The direct and partial quotes of a story with the rule that decided each: for tests and the docs. */
export function explainDirectQuotes(raw: string, layout: StoryLayout): Array<{ quote: Quote; rule: string }> {
  const reader = new QuoteReader(raw, layout);
  const quotes = reader.read().quotes.filter((q) => q.kind !== 'indirect');
  return quotes.map((quote, i) => ({ quote, rule: reader.rulesUsed[i] ?? '' }));
}

/** Finds the direct, partial and indirect quotes of a story, the people in it, and who said what. Never throws. */
export function attributeQuotes(raw: string, layout: StoryLayout): { quotes: Quote[]; people: Person[] } {
  try {
    return new QuoteReader(raw, layout).read();
  } catch {
    return { quotes: [], people: [] };
  }
}

class QuoteReader {
  private readonly tokens: Token[];
  private readonly quoted: QuotedSpan[];
  /** Index of the quoted span each token lies in, or -1. */
  private readonly quoteOf: Int32Array;
  /** First and last token of each quoted span. */
  private readonly quoteTokens: Array<[number, number]>;
  private readonly sentences: SentenceRange[];
  private readonly sentenceOf: Int32Array;
  private readonly entities: StoryEntities;
  private readonly usedCues = new Set<number>();
  /** Speech events so far, in reading order of the quotes. */
  private readonly events: Attribution[] = [];
  private readonly breaks: number[];
  /** The rule that decided each direct or partial quote, in the order of the quotes. */
  readonly rulesUsed: DirectQuoteRuleName[] = [];

  constructor(
    private readonly raw: string,
    layout: StoryLayout,
  ) {
    const start = Math.max(0, Math.min(raw.length, layout.bodySpan[0]));
    const end = Math.max(start, Math.min(raw.length, layout.bodySpan[1]));
    const body: Span = [start, end];
    const breaks = paragraphStarts(raw, body);
    if (layout.paragraphs.length > 1) for (const p of layout.paragraphs) breaks.push(p.span[0]);
    breaks.sort((a, b) => a - b);
    this.breaks = breaks;
    this.quoted = findQuotedSpans(raw, body, breaks);
    this.tokens = tokenize(raw, start, end);
    this.quoteOf = new Int32Array(this.tokens.length).fill(-1);
    this.quoteTokens = this.quoted.map(() => [-1, -1]);
    let q = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      while (q < this.quoted.length && (this.quoted[q] as QuotedSpan).end <= t.start) q++;
      const span = this.quoted[q];
      if (span && t.start >= span.start && t.end <= span.end) {
        this.quoteOf[i] = q;
        const range = this.quoteTokens[q] as [number, number];
        if (range[0] < 0) range[0] = i;
        range[1] = i;
      }
    }
    this.sentences = this.splitSentences(breaks);
    this.sentenceOf = new Int32Array(this.tokens.length);
    this.sentences.forEach((s, n) => {
      for (let i = s.from; i <= s.to; i++) this.sentenceOf[i] = n;
    });
    const roles = this.subjectTokens();
    this.entities = new StoryEntities(
      raw,
      this.tokens,
      this.quoted_,
      roles.isSubject,
      (i) => (i < this.sentenceOf.length ? (this.sentenceOf[i] as number) : -1),
      roles.isSpeaker,
    );
    if (layout.title) this.entities.completeFromTitle(layout.title);
  }

  /** Tokens that name the subject of a sentence or of a speech verb: the people in focus for pronouns. */
  private subjectTokens(): { isSubject: (index: number) => boolean; isSpeaker: (index: number) => boolean } {
    const subjects = new Set<number>();
    const speakers = new Set<number>();
    const add = (range: MentionRange | null, speaker = false, topic = false) => {
      // A subject inside a reported clause (`… pointing out that the paper's Robert Costa had reported`)
      // is not the person the story follows.
      const lead = range ? this.tokens[range.from - 1]?.lower : undefined;
      const embedded = !topic && (lead === 'that' || lead === "'s");
      if (range && !embedded)
        for (let k = range.from; k <= range.to; k++) {
          subjects.add(k);
        }
      // The head of a speaker phrase (`Aparna Mathur` in `economist Aparna Mathur`), not its modifiers.
      if (range && speaker) speakers.add(range.to);
    };
    for (const sentence of this.sentences)
      add(sentenceSubject(this.tokens, sentence.from, sentence.to, this.quoted_));
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k] as Token;
      // `As for Trump, he said …`, `Then there's Axelrod.`: the topic is in focus.
      const topic =
        (t.lower === 'for' && this.tokens[k - 1]?.lower === 'as') ||
        (/^(is|was|'s)$/.test(t.lower) && this.tokens[k - 1]?.lower === 'there');
      if (topic && isCapWord(this.tokens[k + 1])) {
        let end = k + 1;
        while (isCapWord(this.tokens[end + 1])) end++;
        add({ from: k + 1, to: end }, false, true);
      }
      if (
        t.word &&
        !t.cap &&
        (isSpeechVerb(t.lower) || isFramingVerb(t.lower)) &&
        (this.quoteOf[k] as number) < 0 &&
        !isParticiple(t.lower)
      )
        add(
          mentionBefore(this.tokens, k, Math.max(0, k - 30)) ??
            // `…, adds psychologist Mary Alvord.`: the speaker after an inverted cue.
            (isPunct(this.tokens[k - 1], ',') || (this.quoteOf[k - 1] as number) >= 0
              ? mentionAfter(this.tokens, k + 1, Math.min(this.tokens.length - 1, k + 8))
              : null),
          true,
        );
    }
    return { isSubject: (index) => subjects.has(index), isSpeaker: (index) => speakers.has(index) };
  }

  private splitSentences(breaks: number[]): SentenceRange[] {
    const sentences: SentenceRange[] = [];
    const tokens = this.tokens;
    let from = 0;
    let b = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1];
      while (b < breaks.length && (breaks[b] as number) <= t.start) b++;
      let end = false;
      // Text with no sentence ends at all still gets bounded sentences, so work per quote stays small.
      if (!next || i - from >= MAX_SENTENCE_TOKENS) end = true;
      else if (
        b < breaks.length &&
        (breaks[b] as number) <= next.start &&
        !((this.quoteOf[i] as number) >= 0 && this.quoteOf[i] === this.quoteOf[i + 1])
      )
        end = true;
      else if (
        (this.quoteOf[i] as number) < 0 &&
        isPunct(t, '.?!') &&
        (next.cap || QUOTE_MARKS.has(next.text) || /^\d/.test(next.text))
      )
        end = true;
      else if (
        (this.quoteOf[i] as number) < 0 &&
        SENTENCE_FINAL_ABBREVIATIONS.test(t.lower) &&
        next.cap &&
        // `accused the U.S. Of being "irrational"`: the wire capitalises the word after `U.S.`, and
        // no sentence opens with `of` or `and`.
        !CONTINUES_SENTENCE.test(next.lower) &&
        (isStopCap(next.lower) || (CORPORATE_SUFFIX.test(t.lower) && !isTitle(next.lower)))
      )
        // `… attacks in the U.S. He says …`: an abbreviation can end a sentence too.
        end = true;
      else if (
        (this.quoteOf[i] as number) >= 0 &&
        this.quoteTokens[this.quoteOf[i] as number]?.[1] === i &&
        QUOTE_MARKS.has(t.text) &&
        isPunct(tokens[i - 1], '.?!') &&
        (next.cap || QUOTE_MARKS.has(next.text))
      )
        end = true;
      if (end) {
        sentences.push({ from, to: i });
        from = i + 1;
      }
    }
    return sentences;
  }

  read(): { quotes: Quote[]; people: Person[] } {
    const direct: Quote[] = [];
    for (let q = 0; q < this.quoted.length; q++) {
      const decided = this.directQuote(q);
      if (!decided || this.isTitle(decided.quote)) continue;
      direct.push(decided.quote);
      this.rulesUsed.push(decided.rule);
    }
    const indirect = this.indirectQuotes();
    const quotes = [...direct, ...indirect];
    return { quotes, people: [...this.entities.registry.toPeople(), ...this.organisationsQuoted(quotes)] };
  }

  /** The organisations, outlets and governments that speak in the story, as people of kind `organisation`. */
  private organisationsQuoted(quotes: Quote[]): Person[] {
    const organisations = new Map<string, Person>();
    for (const quote of quotes) {
      const name = quote.speaker;
      if (!name || organisations.has(name) || !this.entities.isOrganisation(name)) continue;
      organisations.set(name, {
        name,
        aliases: this.entities.formsOf(name),
        role: null,
        kind: 'organisation',
      });
    }
    return [...organisations.values()];
  }

  /**
   * Who a mention names. `he`/`she` after someone was cited earlier in the same sentence is that person
   * (`Putney said that …, but he said that …`), unless the gender says otherwise.
   */
  private resolveMention(mention: MentionRange): string | null {
    const token = this.tokens[mention.from] as Token;
    if (mention.from === mention.to && (token.lower === 'he' || token.lower === 'she')) {
      const sentence = this.sentenceOf[mention.from];
      const earlier = this.lastEventIn(
        sentence as number,
        (e) => e.mention !== null && e.mention.to < mention.from && e.speaker !== null,
      );
      const earlierToken = earlier?.mention ? (this.tokens[earlier.mention.to] as Token) : undefined;
      if (earlier?.speaker && earlierToken && isCapWord(earlierToken)) {
        const gender = this.entities.genderOf(earlier.speaker);
        if (gender === null || gender === (token.lower === 'she' ? 'female' : 'male')) return earlier.speaker;
      }
    }
    return this.entities.resolve(mention);
  }

  /**
   * The last speech event of sentence `sentence` that passes `test`. Events come in reading order, so the
   * search stops at the first earlier sentence: the work per quote does not grow with the story.
   */
  private lastEventIn(sentence: number, test: (event: Attribution) => boolean): Attribution | undefined {
    for (let k = this.events.length - 1; k >= 0; k--) {
      const event = this.events[k] as Attribution;
      if (event.sentence < sentence) return undefined;
      if (event.sentence === sentence && test(event)) return event;
    }
    return undefined;
  }

  private makeQuote(
    kind: Quote['kind'],
    span: Span,
    mention: MentionRange | null,
    cue: string | null,
    speaker?: string | null,
  ): Quote {
    const mentionSpan: Span | null = mention
      ? [(this.tokens[mention.from] as Token).start, (this.tokens[mention.to] as Token).end]
      : null;
    return {
      kind,
      text: reflow(this.raw.slice(span[0], span[1])),
      span,
      speaker: speaker !== undefined ? speaker : mention ? this.resolveMention(mention) : null,
      speakerMention: mentionSpan ? reflow(this.raw.slice(mentionSpan[0], mentionSpan[1])) : null,
      speakerMentionSpan: mentionSpan,
      cue,
    };
  }

  /** A cue right after the quote: `"…," she said`, `"…," said Jen Paski`, `"…" Khamenei told reporters`. */
  private cueAfter(
    last: number,
    limit: number,
  ): { cue: number; mention: MentionRange; cueText: string } | null {
    let j = last + 1;
    while (j <= limit && isPunct(this.tokens[j], ',—–-―')) j++;
    const first = this.tokens[j];
    if (!first || j > limit) return null;
    if (first.lower === 'according' && this.tokens[j + 1]?.lower === 'to') {
      const mention = mentionAfter(this.tokens, j + 2, limit);
      return mention ? { cue: j, mention, cueText: 'according to' } : null;
    }
    if (first.word && !first.cap && isSpeechVerb(first.lower)) {
      const mention = mentionAfter(this.tokens, j + 1, limit);
      if (mention) return { cue: j, mention, cueText: first.text };
    }
    // `"This is fantastic!" beamed Donald Hartley`: any past-tense verb followed by a name.
    if (
      first.word &&
      !first.cap &&
      /ed$/.test(first.lower) &&
      isVerbForm(first.lower) &&
      isCapWord(this.tokens[j + 1])
    ) {
      const mention = mentionAfter(this.tokens, j + 1, limit);
      if (mention) return { cue: j, mention, cueText: first.text };
    }
    // `"…" ― Pamela Padilla`: a dash and a name sign the quote.
    if (isPunct(this.tokens[j - 1], '―—–-') && isCapWord(first)) {
      const mention = mentionAfter(this.tokens, j, limit);
      if (mention) return { cue: -1, mention, cueText: '' };
    }
    let runEnd = j;
    while (isCapWord(this.tokens[runEnd + 1])) runEnd++;
    // An apposition after the name (`Jane Roe, who …, said`) can be long.
    const reach = isCapWord(first) && isPunct(this.tokens[runEnd + 1], ',') ? 30 : 16;
    for (let k = j + 1; k <= Math.min(limit, j + reach); k++) {
      const t = this.tokens[k] as Token;
      if (!t.word && (QUOTE_MARKS.has(t.text) || isPunct(t, ';:!?'))) break;
      const prev = this.tokens[k - 1] as Token;
      // `"…," Trump accused Holt of …`: a name and its own verb; no speech verb further on belongs to it.
      if (
        k === runEnd + 1 &&
        isCapWord(first) &&
        t.word &&
        !t.cap &&
        !isSpeechVerb(t.lower) &&
        isVerbForm(t.lower)
      )
        break;
      // `the states suing`: a noun-like form counts only right after a name or pronoun.
      if (isNounLike(t.lower) && !(isCapWord(prev) || /^(he|she|they|it|we|i)$/.test(prev.lower))) continue;
      if (t.word && !t.cap && isSpeechVerb(t.lower)) {
        // `"…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`: the name first.
        const named =
          isCapWord(first) && isPunct(this.tokens[runEnd + 1], ',(') && runEnd < k
            ? { from: j, to: runEnd }
            : null;
        const mention =
          named ??
          mentionBefore(this.tokens, k, j) ??
          (isPunct(this.tokens[k - 1], ',') ? mentionAfter(this.tokens, k + 1, limit) : null);
        if (mention) return { cue: k, mention, cueText: t.text };
        return null;
      }
    }
    // `"…," Blige sings to Clinton`: a name and any verb right after an unfinished quote.
    if (isCapWord(first) && !isPunct(this.tokens[last - 1], '.?!')) {
      let end = j;
      while (isCapWord(this.tokens[end + 1])) end++;
      const verb = this.tokens[end + 1];
      if (verb?.word && !verb.cap && isVerbForm(verb.lower) && end + 1 <= limit)
        return { cue: end + 1, mention: { from: j, to: end }, cueText: verb.text };
    }
    return null;
  }

  /** Everything a direct-quote rule reads about quoted span `q` and its sentence, computed once. */
  private quoteSite(q: number): QuoteSite | null {
    const span = this.quoted[q] as QuotedSpan;
    const [first, last] = this.quoteTokens[q] as [number, number];
    if (first < 0) return null;
    const sentenceIndex = this.sentenceOf[first] as number;
    const sentence = this.sentences[sentenceIndex] as SentenceRange;
    const sameSentence = this.lastEventIn(
      sentenceIndex,
      (e) => e.mention !== null && this.isNamedOrPronoun(e.mention),
    );
    // Words of the sentence before the quote, back to the previous quote in the same sentence.
    let regionFrom = sentence.from;
    for (let k = first - 1; k >= sentence.from; k--)
      if ((this.quoteOf[k] as number) >= 0) {
        regionFrom = k + 1;
        break;
      }
    const lead = this.tokens.slice(regionFrom, first);
    // Only a connective before the quote (`But "…"`) still opens the sentence.
    const startsSentence =
      regionFrom === sentence.from && !lead.some((t) => t.word && !CONNECTIVES.has(t.lower));
    let limit = sentence.to;
    for (let k = last + 1; k <= sentence.to; k++)
      if ((this.quoteOf[k] as number) >= 0) {
        limit = k - 1;
        break;
      }
    const finalPunct = this.tokens[sentence.to];
    if (isPunct(finalPunct, '.?!') && limit === sentence.to) limit--;
    // Cue before the quote in the same sentence: `X said: "…"`, `she said, "…"`, or a framing verb.
    let cueIndex = -1;
    for (let k = first - 1; k >= regionFrom; k--) {
      const t = this.tokens[k] as Token;
      if (t.word && !t.cap && (isSpeechVerb(t.lower) || isFramingVerb(t.lower))) {
        // Noun-like forms (`state`, `reports`) count only right before the quote.
        if (isNounLike(t.lower) && this.tokens.slice(k + 1, first).some((w) => w.word)) continue;
        cueIndex = k;
        break;
      }
      // `According to X, "…"`; `As Akhil Amar put it, "…"`.
      const next = this.tokens[k + 1]?.lower;
      if ((t.lower === 'according' && next === 'to') || (t.lower === 'put' && next === 'it')) {
        cueIndex = k;
        break;
      }
    }
    const gap = cueIndex >= 0 ? this.tokens.slice(cueIndex + 1, first) : [];
    const putIt = cueIndex >= 0 && (this.tokens[cueIndex] as Token).lower === 'put';
    const lastLead = lead[lead.length - 1];
    const adjacent =
      cueIndex >= 0 &&
      gap.filter((t) => t.word).length <= 6 &&
      (gap.length === 0 || isPunct(lastLead, ':,')) &&
      (isSpeechVerb((this.tokens[cueIndex] as Token).lower) || putIt);
    let after = this.cueAfter(last, limit);
    const nextSentence = this.sentences[sentenceIndex + 1];
    if (
      !after &&
      cueIndex < 0 &&
      last === sentence.to &&
      isPunct(this.tokens[last - 1], '?!') &&
      nextSentence &&
      !this.breakBetween(span.end, this.tokens[last + 1])
    ) {
      // `"Is it two? Three?" Clinton asks.`: the quote's own question or exclamation mark ended the sentence.
      const candidate = this.cueAfter(last, nextSentence.to);
      if (candidate && candidate.cue >= 0 && candidate.cue - nextSentence.from <= 4) {
        after = candidate;
        limit = nextSentence.to;
      }
    }
    return {
      span,
      spanOut: [span.start, span.end],
      q,
      first,
      last,
      sentenceIndex,
      sentence,
      regionFrom,
      lastLead,
      startsSentence,
      opensAfterColon: isPunct(lastLead, ':'),
      sameSentence,
      cueIndex,
      adjacent,
      after,
    };
  }

  /** Records who spoke at a quote, for later quotes that continue or share its sentence. */
  private remember(site: QuoteSite, mention: MentionRange, cue: string | null, quote: Quote): Quote {
    this.events.push({
      mention,
      cue,
      speaker: quote.speaker,
      at: site.span.start,
      sentence: site.sentenceIndex,
    });
    return quote;
  }

  /** The direct-quote rules by name; `DIRECT_QUOTE_RULES` gives their order and what each is for. */
  private readonly directRules: Record<DirectQuoteRuleName, (site: QuoteSite) => Quote | null> = {
    'transcript turn': (site) => {
      const tag = this.tokens[site.first + 1];
      if (
        !tag?.word ||
        !/^\p{Lu}{2,}$/u.test(tag.text) ||
        !isPunct(this.tokens[site.first + 2], ':') ||
        isCommonWord(tag.lower)
      )
        return null;
      const mention = { from: site.first + 1, to: site.first + 1 };
      return this.remember(site, mention, null, this.makeQuote('direct', site.spanOut, mention, null));
    },
    'cue after the quote': (site) => {
      const { after, lastLead } = site;
      if (!after) return null;
      // After a framing verb in the sentence (`describing as "unhinged" a Donald Trump tweet`), only a cue
      // right after the quote beats it.
      let firstAfter = site.last + 1;
      while (isPunct(this.tokens[firstAfter], ',—–-―')) firstAfter++;
      const tight = after.cue === firstAfter || after.mention.from === firstAfter;
      const opens = site.startsSentence || isPunct(lastLead, ':,');
      if (!(opens || (!site.adjacent && (site.cueIndex < 0 || tight)))) return null;
      this.usedCues.add(after.cue);
      const cue = after.cueText || null;
      const quote = this.makeQuote(opens ? 'direct' : 'partial', site.spanOut, after.mention, cue);
      return this.remember(site, after.mention, cue, quote);
    },
    'cue before the quote': (site) => {
      const { cueIndex, sentence, first } = site;
      if (cueIndex < 0) return null;
      const cueToken = this.tokens[cueIndex] as Token;
      const according = cueToken.lower === 'according';
      const participle = isParticiple(cueToken.lower);
      const quotedOne = participle ? this.quotedAsSaying(cueIndex, sentence.from) : null;
      let mention: MentionRange | null = null;
      if (according) mention = mentionAfter(this.tokens, cueIndex + 2, first - 1);
      else if (!participle) mention = mentionBefore(this.tokens, cueIndex, sentence.from);
      else if (quotedOne) mention = quotedOne;
      else if (!isPunct(this.tokens[cueIndex - 1], ',')) {
        // `Trump reportedly yelling: "…"`: a participle right after a name takes it as subject.
        const before = mentionBefore(this.tokens, cueIndex, sentence.from);
        if (before && this.isNamedOrPronoun(before)) mention = before;
      }
      // Inverted only where nothing precedes the cue (`…, said Smith: "…"`); after `told` comes the addressee.
      const inverted =
        cueIndex === sentence.from ||
        isPunct(this.tokens[cueIndex - 1], ',') ||
        (this.quoteOf[cueIndex - 1] as number) >= 0;
      if (!mention && !according && !participle && inverted && !/^(tell|tells|told)$/.test(cueToken.lower))
        mention = mentionAfter(this.tokens, cueIndex + 1, first - 1);
      if (!mention && participle) mention = this.earlierSpeechSubject(cueIndex, sentence.from);
      if (!mention && participle && site.sameSentence?.mention) mention = site.sameSentence.mention;
      // `Trump took a risk …, telling the crowd, "…"`: the sentence's subject, else the nearest verb's.
      if (!mention && participle) {
        const subject = sentenceSubject(this.tokens, sentence.from, cueIndex - 1, this.quoted_);
        mention =
          subject && subject.to < cueIndex
            ? subject
            : this.verbSubject(sentence.from, cueIndex - 1, sentence.from);
      }
      if (!mention || (this.quoteOf[mention.from] as number) >= 0)
        mention = sentenceSubject(this.tokens, sentence.from, first - 1, this.quoted_);
      if (site.adjacent) this.usedCues.add(cueIndex);
      const cueText = according ? 'according to' : cueToken.lower === 'put' ? 'put it' : cueToken.text;
      const quote = this.makeQuote(site.adjacent ? 'direct' : 'partial', site.spanOut, mention, cueText);
      return mention ? this.remember(site, mention, cueText, quote) : quote;
    },
    'subject before a colon': (site) => {
      if (site.startsSentence || !site.opensAfterColon) return null;
      const { first, regionFrom, sentence } = site;
      const subject =
        this.nameBeforeColon(first) ??
        this.verbSubject(regionFrom, first - 1, sentence.from) ??
        sentenceSubject(this.tokens, sentence.from, first - 1, this.quoted_);
      return subject && subject.to < first ? this.makeQuote('direct', site.spanOut, subject, null) : null;
    },
    'introduced by the sentence before': (site) => {
      if (!site.startsSentence) return null;
      const introduced = this.colonIntroduction(site.sentenceIndex);
      if (!introduced) return null;
      const quote = this.makeQuote('direct', site.spanOut, introduced.mention, introduced.cue);
      return this.remember(site, introduced.mention, introduced.cue, quote);
    },
    'named in the narration just before': (site) => {
      if (!site.startsSentence) return null;
      const previous = this.events[this.events.length - 1];
      const before = this.sentences[site.sentenceIndex - 1];
      if (
        !before ||
        (previous && (this.tokens[before.from] as Token).start <= previous.at) ||
        this.breakBetween((this.tokens[before.to] as Token).end, this.tokens[site.first]) ||
        // A sentence that ends in a quotation is an attribution of its own, not an introduction.
        (this.quoteOf[before.to] as number) >= 0 ||
        (this.quoteOf[before.to - 1] as number) >= 0
      )
        return null;
      const subject = this.verbSubject(before.from, before.to, before.from);
      return subject && isCapWord(this.tokens[subject.to])
        ? this.makeQuote('direct', site.spanOut, subject, null)
        : null;
    },
    'continues the previous speaker': (site) => {
      if (!site.startsSentence && !site.opensAfterColon) return null;
      const previous = this.events[this.events.length - 1];
      if (!previous || site.span.start - previous.at >= 3000) return null;
      return this.makeQuote('direct', site.spanOut, previous.mention, previous.cue, previous.speaker);
    },
    'unattributed sentence': (site) =>
      site.startsSentence || site.opensAfterColon
        ? this.makeQuote('direct', site.spanOut, null, null, null)
        : null,
    'speaker earlier in the sentence': (site) =>
      site.sameSentence?.mention
        ? this.makeQuote('partial', site.spanOut, site.sameSentence.mention, site.sameSentence.cue)
        : null,
    'cue after a later quote': (site) => {
      const later = this.laterCue(site.q, site.sentenceIndex);
      return later ? this.makeQuote('partial', site.spanOut, later.mention, later.cueText || null) : null;
    },
    'subject of the verb before': (site) => {
      for (let k = site.first - 1; k >= site.regionFrom; k--) {
        const t = this.tokens[k] as Token;
        if (!t.word || t.cap || !isVerbForm(t.lower)) continue;
        const mention = mentionBefore(this.tokens, k, site.sentence.from);
        if (mention && (this.quoteOf[mention.from] as number) < 0 && this.isNamedOrPronoun(mention))
          return this.makeQuote('partial', site.spanOut, mention, t.text);
      }
      return null;
    },
    "sentence's subject": (site) => {
      const subject = sentenceSubject(this.tokens, site.sentence.from, site.first - 1, this.quoted_);
      return subject && subject.to < site.first
        ? this.makeQuote('partial', site.spanOut, subject, null)
        : null;
    },
    'any noun before': (site) => {
      const nominal = this.verbSubject(site.regionFrom, site.first - 1, site.sentence.from, true);
      return this.makeQuote('partial', site.spanOut, nominal, null, nominal ? undefined : null);
    },
  };

  /** The first rule of `DIRECT_QUOTE_RULES` that decides quoted span `q`, and its quote. */
  private directQuote(q: number): { quote: Quote; rule: DirectQuoteRuleName } | null {
    const site = this.quoteSite(q);
    if (!site) return null;
    for (const rule of DIRECT_QUOTE_RULES) {
      const quote = this.directRules[rule.name](site);
      if (quote) return { quote, rule: rule.name };
    }
    return null;
  }

  /** The speaker of a sentence ending in a colon just before sentence `n`: `He said:`, `From the report:`. */
  private colonIntroduction(n: number): { mention: MentionRange; cue: string | null } | null {
    const previous = this.sentences[n - 1];
    if (!previous || !isPunct(this.tokens[previous.to], ':')) return null;
    for (let k = previous.to - 1; k >= previous.from; k--) {
      const t = this.tokens[k] as Token;
      if ((this.quoteOf[k] as number) >= 0) return null;
      if (t.word && !t.cap && isSpeechVerb(t.lower)) {
        const mention =
          (isParticiple(t.lower) ? null : mentionBefore(this.tokens, k, previous.from)) ??
          sentenceSubject(this.tokens, previous.from, k - 1, this.quoted_);
        if (mention) return { mention, cue: isSpeechVerb(t.lower) ? t.text : null };
      }
      if (t.lower === 'from' && isCapWord(this.tokens[k + 1])) {
        const mention = mentionAfter(this.tokens, k + 1, previous.to - 1);
        if (mention) return { mention, cue: null };
      }
    }
    const verb =
      this.nameBeforeColon(previous.to + 1) ??
      this.verbSubject(previous.from, previous.to - 1, previous.from);
    if (verb) return { mention: verb, cue: null };
    if (isCapWord(this.tokens[previous.to - 1]) && previous.to - previous.from <= 6) {
      // `Reporter Jane Roe:` — a name alone before the colon.
      const mention = sentenceSubject(this.tokens, previous.from, previous.to - 1, this.quoted_);
      if (mention) return { mention, cue: null };
    }
    return null;
  }

  private laterCue(q: number, sentenceIndex: number): { mention: MentionRange; cueText: string } | null {
    const sentence = this.sentences[sentenceIndex] as SentenceRange;
    for (let r = q + 1; r < Math.min(this.quoted.length, q + 4); r++) {
      const [first, last] = this.quoteTokens[r] as [number, number];
      if (first < 0 || first > sentence.to) break;
      let limit = sentence.to;
      for (let k = last + 1; k <= sentence.to; k++)
        if ((this.quoteOf[k] as number) >= 0) {
          limit = k - 1;
          break;
        }
      const after = this.cueAfter(last, limit);
      if (after) return after;
    }
    return null;
  }

  /**
   * A quoted name or title in narration (`"Fox News Sunday"`, `"The Walking Dead"`) is not speech: every
   * word capitalised, short, and no verb like `called` framing it.
   */
  private isTitle(quote: Quote): boolean {
    if (quote.kind !== 'partial' || (quote.cue && isFramingVerb(quote.cue.toLowerCase()))) return false;
    const words = quote.text
      .replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0 || words.length > 6) return false;
    const small = /^(of|the|a|an|and|or|in|on|at|to|for|with|by|from)$/;
    return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && small.test(w)));
  }

  /** `Pollsters agree - Carl Bialik: "…"`: names written right before the colon that opens a quote at `first`. */
  private nameBeforeColon(first: number): MentionRange | null {
    let k = first - 1;
    while (k >= 0 && (this.quoteOf[k] as number) >= 0) k--;
    if (!isPunct(this.tokens[k], ':')) return null;
    const end = k - 1;
    let start = end;
    while (
      start - 1 >= 0 &&
      (isCapWord(this.tokens[start - 1]) ||
        (this.tokens[start - 1]?.lower === 'and' && isCapWord(this.tokens[start - 2])))
    )
      start--;
    if (start > end || !isCapWord(this.tokens[end])) return null;
    const before = this.tokens[start - 1];
    // Only a name set apart (`- Jones:`, `More from Jones:`, a line of its own) or a person's name
    // (`… surprise pollster Daron Shaw:`), not the end of a sentence (`… told Fox News:`).
    const person = firstNameGender((this.tokens[start] as Token).lower) !== undefined && end > start;
    if (before?.word && before.lower !== 'from' && !person) return null;
    if (isStopCap((this.tokens[start] as Token).lower)) return null;
    return { from: start, to: end };
  }

  /** `The company quoted Boyd Jefferies as saying, "…"`: the one quoted speaks, not the subject. */
  private quotedAsSaying(participle: number, lo: number): MentionRange | null {
    if (this.tokens[participle - 1]?.lower !== 'as') return null;
    const quotedOne = mentionBefore(this.tokens, participle - 1, lo);
    return quotedOne && QUOTING_VERB.test(this.tokens[quotedOne.from - 1]?.lower ?? '') ? quotedOne : null;
  }

  /** `…, Spicer said, adding, "…"`: the subject of a speech verb earlier in the sentence. */
  private earlierSpeechSubject(participle: number, lo: number): MentionRange | null {
    for (let k = participle - 1; k >= lo; k--) {
      const t = this.tokens[k] as Token;
      if ((this.quoteOf[k] as number) >= 0) break;
      if (!t.word || t.cap || !isSpeechVerb(t.lower) || isParticiple(t.lower)) continue;
      const mention =
        mentionBefore(this.tokens, k, lo) ??
        (isPunct(this.tokens[k - 1], ',') ? mentionAfter(this.tokens, k + 1, participle - 1) : null);
      if (mention && this.isNamedOrPronoun(mention)) return mention;
    }
    return null;
  }

  /** The named or pronoun subject of the verb nearest before `to`, searching back to `from`. */
  private verbSubject(from: number, to: number, lo: number, anyNoun = false): MentionRange | null {
    for (let k = to; k >= from; k--) {
      const t = this.tokens[k] as Token;
      if (!t.word || t.cap || (this.quoteOf[k] as number) >= 0 || !isVerbForm(t.lower)) continue;
      const mention = mentionBefore(this.tokens, k, lo);
      // `It's the persistent pull of …`: `it` speaks only through a speech verb.
      const expletive =
        mention !== null &&
        (this.tokens[mention.to] as Token).lower === 'it' &&
        !isSpeechVerb(t.lower) &&
        !isFramingVerb(t.lower);
      if (
        mention &&
        !expletive &&
        (this.quoteOf[mention.from] as number) < 0 &&
        (anyNoun || this.isNamedOrPronoun(mention))
      )
        return mention;
    }
    return null;
  }

  private breakBetween(from: number, next: Token | undefined): boolean {
    if (!next) return true;
    // The first break after `from`, by binary search over the sorted breaks.
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.breaks[mid] as number) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.breaks.length && (this.breaks[lo] as number) <= next.start;
  }

  private readonly quoted_ = (index: number) => (this.quoteOf[index] as number) >= 0;

  private isNamedOrPronoun(mention: MentionRange): boolean {
    const last = this.tokens[mention.to] as Token;
    return isCapWord(last) || /^(he|she|they|it|we|i)$/.test(last.lower);
  }

  /** Reported speech: `X said (that) …`, `…, X said.`, `according to X, …`, `Iran denies that charge`. */
  private indirectQuotes(): Quote[] {
    const quotes: Quote[] = [];
    const tokens = this.tokens;
    for (const whole of this.sentences) {
      // `When Obama announced the war would go on, U.S. forces …`: a clause opened by a subordinator ends
      // at its comma, and so does what it reports.
      let opening = -1;
      if (SUBORDINATORS.has((tokens[whole.from] as Token).lower))
        for (let k = whole.from + 1; k <= whole.to && opening < 0; k++)
          if (isPunct(tokens[k], ',') && (this.quoteOf[k] as number) < 0) opening = k;
      for (let k = whole.from; k <= whole.to; k++) {
        const sentence = opening > k ? { from: whole.from, to: opening - 1 } : whole;
        const t = tokens[k] as Token;
        if ((this.quoteOf[k] as number) >= 0 || this.usedCues.has(k) || !t.word) continue;
        if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
          const quote = this.according(k, sentence);
          if (quote) quotes.push(quote);
          continue;
        }
        if (t.cap) continue;
        const next = tokens[k + 1]?.lower ?? '';
        // `vowed to fight on`, `asked whether the deal would hold`: content that is no `that` clause.
        const openContent =
          (takesInfinitive(t.lower) && next === 'to') ||
          (asksQuestion(t.lower) && QUESTION_WORDS.has(next)) ||
          (isJudgingVerb(t.lower) && !isParticiple(t.lower) && tokens[k + 1]?.word === true);
        const evidence = !isReportingVerb(t.lower) && isEvidenceVerb(t.lower);
        if (!(isReportingVerb(t.lower) || openContent || evidence) || tokens[k - 1]?.lower === 'to') continue;
        let mention: MentionRange | null = null;
        let inverted = false;
        if (isParticiple(t.lower)) {
          const subject = sentenceSubject(tokens, sentence.from, k - 1, this.quoted_);
          mention = subject && subject.to < k ? subject : null;
        } else mention = mentionBefore(tokens, k, sentence.from);
        if (!mention && isPunct(tokens[k - 1], ',')) {
          mention = mentionAfter(tokens, k + 1, sentence.to);
          inverted = mention !== null;
        }
        if (!mention || (this.quoteOf[mention.from] as number) >= 0) continue;
        // `A new poll shows …`, `the study found …`: only a document reports by these verbs.
        if (evidence && (inverted || !isDocumentNoun((tokens[mention.to] as Token).lower))) continue;
        const after = inverted
          ? null
          : openContent
            ? this.contentSpan(k + 1, this.clauseEnd(k + 1, sentence))
            : this.contentAfter(k, sentence);
        if (after) {
          quotes.push(this.makeQuote('indirect', after, mention, t.text));
          continue;
        }
        const comma = inverted ? k - 1 : mention.from - 1;
        const rest = inverted ? mention.to + 1 : k + 1;
        // `It is no surprise, Mr. Garin said, that Mrs. Clinton did better`: the cue set inside the content.
        const end = this.clauseEnd(rest + 1, sentence);
        const inside =
          !inverted &&
          isPunct(tokens[comma], ',') &&
          isPunct(tokens[rest], ',') &&
          tokens.slice(rest + 1, end + 1).some((w) => w.word && !w.cap && CLAUSE_VERB(w.lower));
        if (inside) {
          const whole = this.contentSpan(sentence.from, end);
          if (whole && this.contentSpan(rest + 1, end))
            quotes.push(this.makeQuote('indirect', whole, mention, t.text));
        } else if (isPunct(tokens[comma], ',') && this.onlyAdverbials(rest, sentence.to)) {
          const before = this.contentSpan(sentence.from, comma - 1);
          if (before) quotes.push(this.makeQuote('indirect', before, mention, t.text));
        }
      }
    }
    return quotes;
  }

  private according(k: number, sentence: SentenceRange): Quote | null {
    const tokens = this.tokens;
    // `According to early results of the exit poll conducted by …, Clinton led …`: the source runs to the comma.
    let comma = k + 2;
    while (
      comma <= sentence.to &&
      comma - k < 30 &&
      !isPunct(tokens[comma], ',') &&
      (this.quoteOf[comma] as number) < 0
    )
      comma++;
    const opening = !tokens.slice(sentence.from, k).some((t) => t.word) && isPunct(tokens[comma], ',');
    // `…, according to a Suffolk University/Boston Globe poll released Sunday.`: the source is all of it.
    const trailing = !opening && isPunct(tokens[k - 1], ',');
    const named = mentionAfter(tokens, k + 2, sentence.to);
    let sourceEnd = Math.min(comma - 1, k + 16);
    while (sourceEnd > k + 2 && !(tokens[sourceEnd] as Token).word) sourceEnd--;
    const mention: MentionRange | null =
      named ?? ((opening || trailing) && sourceEnd >= k + 2 ? { from: k + 2, to: sourceEnd } : null);
    if (!mention) return null;
    let content: Span | null = null;
    if (opening) {
      content = this.contentSpan(comma + 1, this.clauseEnd(comma + 1, sentence));
    } else if (trailing) {
      content = this.contentSpan(sentence.from, k - 2);
    }
    return content ? this.makeQuote('indirect', content, mention, 'according to') : null;
  }

  /**
   * Raw span of tokens `[from, to]` as reported content, or null when it is empty or mostly a quotation: a
   * clause with quoted words in it (`that Iowa's caucus is "complex" and …`) is still reported speech.
   */
  private contentSpan(from: number, to: number): Span | null {
    if (to < from) return null;
    let words = 0;
    let quotedWords = 0;
    for (let i = from; i <= to; i++) {
      if (!(this.tokens[i] as Token).word) continue;
      words++;
      if ((this.quoteOf[i] as number) >= 0) quotedWords++;
    }
    if (words - quotedWords < 2 || quotedWords * 2 >= words) return null;
    // A clause that ends in the speaker's own words (`… turn Iraq and Syria into "Pakistan, where …"`) is
    // given as that partial quote, cued by the same verb, not again as reported speech.
    let last = to;
    while (last > from && isPunct(this.tokens[last], '.,;:!?')) last--;
    if ((this.quoteOf[last] as number) >= 0) return null;
    return [(this.tokens[from] as Token).start, (this.tokens[to] as Token).end];
  }

  /** True when the tokens from `from` to the sentence end are only a short adverbial (`on Monday`, `in a statement`). */
  private onlyAdverbials(from: number, to: number): boolean {
    let words = 0;
    for (let i = from; i <= to; i++) {
      const t = this.tokens[i] as Token;
      if ((this.quoteOf[i] as number) >= 0) return false;
      if (t.word) words++;
      else if (!isPunct(t, '.?!,')) return false;
    }
    return words <= 7;
  }

  /** Where a reported clause ends: before `;`, a dash, `, but`, or the sentence's final mark. */
  private clauseEnd(from: number, sentence: SentenceRange): number {
    for (let i = from; i <= sentence.to; i++) {
      const t = this.tokens[i] as Token;
      if (isPunct(t, ';—–()') && (this.quoteOf[i] as number) < 0) return i - 1;
      if (isPunct(t, ',') && this.tokens[i + 1]?.lower === 'but') return i - 1;
      if (i === sentence.to && isPunct(t, '.?!:')) return i - 1;
    }
    return sentence.to;
  }

  /** The reported clause after a cue: skips the addressee of `told`, time phrases and `that`. */
  private contentAfter(cue: number, sentence: SentenceRange): Span | null {
    const tokens = this.tokens;
    let i = cue + 1;
    const verb = (tokens[cue] as Token).lower;
    if (/^tell|^told/.test(verb)) {
      const object = tokens[i];
      if (!object) return null;
      if (OBJECT_WORDS.has(object.lower)) i++;
      else if (isCapWord(object)) {
        while (isCapWord(tokens[i])) i++;
      } else if (/^(the|a|an|his|her|their)$/.test(object.lower)) {
        i++;
        // `told the National Press Club of Japan that …`
        while (isCapWord(tokens[i]) || (tokens[i]?.lower === 'of' && isCapWord(tokens[i + 1]))) i++;
        while (
          i <= sentence.to &&
          i - cue < 6 &&
          (tokens[i] as Token).word &&
          !CLAUSE_STARTS.has((tokens[i] as Token).lower)
        )
          i++;
      } else return null;
    }
    i = this.skipAdverbials(i, sentence.to);
    const t = tokens[i];
    if (!t || i > sentence.to) return null;
    if (t.lower === 'that') {
      let words = 0;
      for (let m = i + 1; m <= sentence.to; m++) if ((tokens[m] as Token).word) words++;
      if (words >= 3) i++;
    }
    const start = tokens[i];
    // A clause may open with quoted words (`said "it gets me mad" every time …`); the share test below decides.
    if (!start || (!start.word && (this.quoteOf[i] as number) < 0)) return null;
    if (/^(to|in|on|at|for|with|about|of|by|from|as|and|or|but|so|if|when)$/.test(start.lower)) return null;
    const end = this.clauseEnd(i, sentence);
    // A reported clause has a verb; `announced the steps` reports no speech. `denies that charge` may.
    const plainSpeech = /^(say|says|said|saying|tell|tells|told|telling|den(y|ies|ied|ying))$/.test(verb);
    // The verb must come before any relative word: `announced his candidacy with a speech that included`
    // has none of its own, nor has `maintains a wide lead`.
    let hasVerb = plainSpeech || tokens[i - 1]?.lower === 'that';
    for (let m = i; m <= end && !hasVerb; m++) {
      const w = tokens[m] as Token;
      if (RELATIVE_WORDS.has(w.lower)) break;
      hasVerb = w.word && !w.cap && CLAUSE_VERB(w.lower);
    }
    if (!hasVerb) return null;
    return this.contentSpan(i, end);
  }

  private skipAdverbials(from: number, to: number): number {
    const tokens = this.tokens;
    let i = from;
    for (let guard = 0; guard < 6 && i <= to; guard++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1];
      if (SINGLE_ADVERBIALS.has(t.lower)) i++;
      else if (WEEKDAYS.test(t.lower)) i += next && DAY_PARTS.has(next.lower) ? 2 : 1;
      else if (/^(last|this|next|earlier|late|early)$/.test(t.lower) && next && TIME_UNITS.has(next.lower))
        i += 2;
      else if (t.lower === 'on' && next && WEEKDAYS.test(next.lower)) i += 1;
      else if (PREPOSITIONS.has(t.lower)) {
        // `said in a statement that …`, `said on Twitter that …`: skip to the `that`.
        let m = i + 1;
        while (m <= to && m - i < 9 && (tokens[m] as Token).lower !== 'that' && !isPunct(tokens[m], '.;:"“”'))
          m++;
        if ((tokens[m] as Token | undefined)?.lower === 'that') return m;
        if (isPunct(tokens[m], ',') || m - i > 5) return i;
        return i;
      } else break;
    }
    return i;
  }
}

const SUBORDINATORS = new Set(
  'when as after while if since because before though although once whereas until unless'.split(' '),
);

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'with', 'where']);

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'about']);

const SENTENCE_FINAL_ABBREVIATIONS = /^(u\.s\.|u\.k\.|u\.n\.|d\.c\.|inc\.|corp\.|co\.|ltd\.|jr\.|sr\.)$/;

const MAX_SENTENCE_TOKENS = 400;

const CORPORATE_SUFFIX = /^(inc|corp|co|ltd)\.$/;

const MODALS =
  /^(is|are|was|were|be|been|am|will|would|can|could|has|have|had|should|may|might|must|do|does|did|won't|can't|isn't|wasn't|don't|doesn't|didn't|wouldn't|'s|'re|'ll)$/;
/** A finite verb, or a word that may be one (`-ed`, `-s`); plural nouns of people and things (`voters`) are not. */
const CLAUSE_VERB = (lower: string) =>
  MODALS.test(lower) ||
  isVerbForm(lower) ||
  /[a-z]{2}ed$/.test(lower) ||
  (/[a-z][^sui]s$/.test(lower) && !/(er|or|ist|ian|ment|tion|sion|ship|ness|ity|ant|ent)s$/.test(lower));

const CONNECTIVES = new Set([
  'but',
  'and',
  'still',
  'yet',
  'so',
  'also',
  'then',
  'however',
  'meanwhile',
  'again',
  'plus',
  'or',
]);

const OBJECT_WORDS = new Set(
  `me him her us them you reporters journalists lawmakers supporters voters listeners viewers readers
  senators members colleagues donors students workers officials investors analysts`.split(/\s+/),
);
const CLAUSE_STARTS = new Set([
  'that',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'the',
  'a',
  'there',
  'his',
  'her',
  'their',
]);
const SINGLE_ADVERBIALS = new Set(
  `yesterday today tonight recently again also repeatedly publicly privately flatly previously later earlier
  separately then once often frequently last week month year`.split(/\s+/),
);
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);
const TIME_UNITS = new Set(
  'week month year night weekend spring summer fall autumn winter morning afternoon evening time decade'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'via',
  'through',
  'over',
  'to',
  'with',
]);
