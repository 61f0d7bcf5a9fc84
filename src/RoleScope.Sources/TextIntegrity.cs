using System.Text;
using RoleScope.Core.Domain;

namespace RoleScope.Sources;

/// <summary>
/// Text no store can hold faithfully: bytes that are not UTF-8, NUL characters (PostgreSQL's text type refuses them)
/// and lone UTF-16 surrogates (a JSON escape such as \ud800, which no UTF-8 encoder can write). A posting holding any of
/// them is rejected with the field and the reason, so that every store keeps the same postings.
/// </summary>
internal static class TextIntegrity
{
    /// <summary>
    /// What the file decoder puts in place of each byte sequence that is not UTF-8: a Unicode noncharacter, which
    /// well-formed text never holds, so that a replacement can be told from a U+FFFD the author wrote.
    /// </summary>
    internal const char InvalidByteMarker = '\uFDD0';

    /// <summary>UTF-8 (a BOM is skipped) that marks bad bytes with <see cref="InvalidByteMarker"/> instead of U+FFFD.</summary>
    internal static Encoding FileEncoding { get; } = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback(InvalidByteMarker.ToString()));

    /// <summary>The record as it was, or a reject naming the first field that holds unstorable text.</summary>
    internal static SourceRecord Check(SourceRecord record) => record switch
    {
        ReadPosting posting when Problem(posting.Posting) is { } problem =>
            Rejects.Create(posting.File, posting.Line, problem, posting.Posting.Description),
        RejectedRecord reject when reject.Text is { } text && text.Contains(InvalidByteMarker, StringComparison.Ordinal)
            && !reject.Reason.StartsWith("invalid UTF-8", StringComparison.Ordinal) =>
            reject with { Reason = "invalid UTF-8 (bytes that do not decode as UTF-8); " + reject.Reason },
        _ => record,
    };

    private static string? Problem(RawPosting p)
    {
        foreach (var (field, value) in Fields(p))
        {
            if (value is not null && Problem(value) is { } problem)
            {
                return $"{field}: {problem}";
            }
        }
        return null;
    }

    private static IEnumerable<(string Field, string? Value)> Fields(RawPosting p)
    {
        yield return ("id", p.Id);
        yield return ("source", p.Source);
        yield return ("url", p.Url);
        yield return ("title", p.Title);
        yield return ("company", p.Company);
        yield return ("location", p.Location);
        yield return ("description", p.Description);
        yield return ("salary.currency", p.Salary?.Currency);
        if (p.Labels is not null)
        {
            foreach (var (key, value) in p.Labels)
            {
                yield return ("label " + key, key + value);
            }
        }
    }

    private static string? Problem(string text)
    {
        var index = text.AsSpan().IndexOfAny(InvalidByteMarker, '\0');
        if (index >= 0)
        {
            return text[index] == '\0'
                ? $"holds a NUL character (U+0000) at character {index}, which a database text column cannot store"
                : $"invalid UTF-8: bytes that do not decode as UTF-8 at character {index}";
        }
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return null;
        }
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return $"holds a lone UTF-16 surrogate (\\u{(int)text[i]:x4}) at character {i}, which is not Unicode text";
            }
        }
        return null;
    }
}
