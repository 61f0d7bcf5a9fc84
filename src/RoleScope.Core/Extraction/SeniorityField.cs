using System.Buffers;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Extraction;

/// <summary>
/// The seniority a board prints as a labelled field of the posting: LinkedIn's "Seniority level: Entry level", "Experience level:
/// Mid", "Position level: Senior", "Job Level: Mid", Just Join IT's "Experience: Senior", "Poziom: Junior". The value is read with the title's seniority words, so it
/// means what it would in a title ("Mid-Senior level" is mid, "Internship" intern); a value of more than a few words, or one
/// naming no level ("Associate", "Not Applicable"), says nothing. Else a sentence that gives the opening's level ("This is a
/// senior-level position").
/// </summary>
public sealed partial class SeniorityField(RoleClassifier classifier)
{
    /// <summary>A label, a colon or a line break, then the value alone on its line (after <c>^</c>, or <c>\G</c> at a line start).</summary>
    private const string LabelledLevelPattern = @"[^\S\n]*(?:seniority(?:[^\S\n]+level)?|(?:experience|career|job|position|role)[^\S\n]+level|level(?:[^\S\n]+of[^\S\n]+experience)?|experience|poziom(?:[^\S\n]+do[sś]wiadczenia)?|karrierestufe|berufserfahrung|niveau)[^\S\n]*(?::[^\S\n]*\n?|\n)[^\S\n]*(?<value>[^\n:]{2,40}?)[^\S\n]*\.?[^\S\n]*$";

    /// <summary>The labelled field at any line start: what <see cref="LabelledLevelAt"/> tried at each candidate line finds.</summary>
    [GeneratedRegex("^" + LabelledLevelPattern, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    internal static partial Regex LabelledLevel();

    /// <summary>The labelled field at the position the search starts (a line start).</summary>
    [GeneratedRegex(@"\G" + LabelledLevelPattern, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLevelAt();

    /// <summary>The first word of every label: a line whose first word is none of these holds no field.</summary>
    private static readonly string[] LabelFirstWords =
        ["seniority", "experience", "career", "job", "position", "role", "level", "poziom", "karrierestufe", "berufserfahrung", "niveau"];

    /// <summary>
    /// A sentence that gives the opening's level: "This is a senior-level position", "This role is entry-level", "The ideal candidate
    /// is a mid- or senior-level engineer".
    /// </summary>
    [GeneratedRegex(@"\b(?:this[^\S\n]+is[^\S\n]+an?|(?:this|the)[^\S\n]+(?:role|position|job|opening)[^\S\n]+is(?:[^\S\n]+an?)?|the[^\S\n]+ideal[^\S\n]+candidate[^\S\n]+is[^\S\n]+an?)[^\S\n]+(?<value>(?:entry|junior|mid|senior|staff|principal)(?:-?[^\S\n]*(?:to|or|/)[^\S\n]*(?:mid|senior|staff))?)(?:-|[^\S\n]+)level\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelSentence();

    /// <summary>Every label holds one of these: a posting with none is not searched ("experience" lets most through; the pattern then tries line starts only).</summary>
    private static readonly SearchValues<string> LabelWords = SearchValues.Create(
        ["level", "seniority", "experience", "poziom", "karrierestufe", "berufserfahrung", "niveau"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "level", searched for as <see cref="string.Contains(string, StringComparison)"/> with OrdinalIgnoreCase would, but vectorised:
    /// under invariant globalization that call compares character by character (0.4% of whole extraction, perf 2026-12-08).
    /// </summary>
    private static readonly SearchValues<string> Level = SearchValues.Create(["level"], StringComparison.OrdinalIgnoreCase);

    /// <summary>At most this many words in a value: a level, not a sentence.</summary>
    private const int MaxValueWords = 3;

    /// <summary>The level of the first labelled field that names one, with the span of the level's word; Unknown when none does.</summary>
    public (Seniority Seniority, Cue? Cue) Detect(string text)
    {
        if (text.AsSpan().IndexOfAny(LabelWords) < 0)
        {
            return (Seniority.Unknown, null);
        }
        foreach (var m in LabelledFields(text))
        {
            var value = m.Groups["value"];
            using var scratch = TokenScratch.Tokenize(text, value.Index, value.Index + value.Length);
            if (WordCount(scratch.Tokens) > MaxValueWords)
            {
                continue;
            }
            if (classifier.TitleSeniority(text, scratch.Tokens) is ({ } level and not Seniority.Unknown, { } cue))
            {
                return (level, cue);
            }
        }
        // Most texts hold no "level" at all: one vectorised search, not the pattern's attempt at every "this" and "the".
        if (text.AsSpan().IndexOfAny(Level) >= 0 && LevelSentence().Match(text) is { Success: true } sentence)
        {
            // Read with its "level" ("entry-level", "mid-level" are the title's words, "entry" alone is not).
            var value = sentence.Groups["value"];
            using var scratch = TokenScratch.Tokenize(text, value.Index, sentence.Index + sentence.Length);
            if (classifier.TitleSeniority(text, scratch.Tokens) is ({ } level and not Seniority.Unknown, { } cue))
            {
                return (level, cue);
            }
        }
        return (Seniority.Unknown, null);
    }

    /// <summary>
    /// The matches of <see cref="LabelledLevel"/> in text order: one anchored attempt at each line whose first word begins a label,
    /// where the pattern's own scan makes an attempt at every line start (about 2.5 µs a posting).
    /// </summary>
    internal static IEnumerable<Match> LabelledFields(string text)
    {
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (MayBeginLabel(text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart)) &&
                LabelledLevelAt().Match(text, lineStart) is { Success: true } m)
            {
                yield return m;
                // A match ends at a line's end (its value may be on the next line): the next line start follows it.
                lineEnd = text.IndexOf('\n', m.Index + m.Length);
            }
            if (lineEnd < 0)
            {
                break;
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// Whether the line's first word (its letters after leading spaces, as <c>[^\S\n]*</c> skips them) is a label's first word. A
    /// word holding other than ASCII letters may match a label under the pattern's case-insensitivity (the Kelvin sign for 'k'):
    /// it is let through for the attempt to decide.
    /// </summary>
    private static bool MayBeginLabel(ReadOnlySpan<char> line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }
        var end = start;
        var ascii = true;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            ascii &= char.IsAsciiLetter(line[end]);
            end++;
        }
        if (end == start)
        {
            return false;
        }
        if (!ascii)
        {
            return true;
        }
        var word = line[start..end];
        foreach (var label in LabelFirstWords)
        {
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static int WordCount(List<Text.Token> tokens)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            words += t.IsWord ? 1 : 0;
        }
        return words;
    }
}
