namespace RoleScope.Sources;

/// <summary>Limits that keep a hostile or broken input from exhausting memory or time.</summary>
public static class InputLimits
{
    /// <summary>
    /// Longest record (a JSON line, a CSV record or one item of a JSON document) in characters.
    /// Real postings are a few KB; anything this long is a broken file (e.g. an unterminated quote) or an attack,
    /// and holding it would let one record take the memory of the whole run.
    /// </summary>
    public const int MaxRecordChars = 4 * 1024 * 1024;

    /// <summary>
    /// Longest JSON array/object document read whole (a document cannot be streamed record by record with line numbers
    /// without holding it). Larger inputs belong in one-item-a-line files.
    /// </summary>
    public const int MaxDocumentChars = 256 * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted; postings are flat, so deep nesting only serves to blow the stack.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Characters of a rejected record kept in its reject: enough to recognise it, without copying megabytes into the rejects file.</summary>
    public const int MaxRejectTextChars = 2000;

    /// <summary>
    /// Characters read ahead to detect a format. Enough to see the first record of every supported format; the first
    /// JSON line may be longer, which detection allows for.
    /// </summary>
    public const int DetectionHeadChars = 64 * 1024;

    /// <summary>
    /// Times one CSV input may resume after an unterminated quote by re-reading the text the quote swallowed.
    /// Each resume re-reads up to <see cref="MaxRecordChars"/>, so a file full of stray quotes would otherwise cost quadratic time.
    /// </summary>
    public const int MaxCsvQuoteRecoveries = 100;
}
