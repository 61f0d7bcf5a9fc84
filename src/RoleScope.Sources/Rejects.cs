namespace RoleScope.Sources;

/// <summary>Builds <see cref="RejectedRecord"/>s with the raw text cut to <see cref="InputLimits.MaxRejectTextChars"/>.</summary>
internal static class Rejects
{
    public static RejectedRecord Create(string file, int line, string reason, string? text) =>
        new(file, line, reason, Truncate(text));

    public static string? Truncate(string? text) =>
        text is null || text.Length <= InputLimits.MaxRejectTextChars ? text : text[..InputLimits.MaxRejectTextChars];

    public static string RecordTooLong() => $"record longer than {InputLimits.MaxRecordChars} characters";
}
