namespace RoleScope.Sources.Csv;

/// <summary>
/// One CSV record: its fields, or why it could not be read (<see cref="Error"/>). <see cref="Line"/> is the physical
/// line where it starts; <see cref="RawText"/> is its text as written, cut to <see cref="InputLimits.MaxRejectTextChars"/>.
/// </summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string RawText, string? Error);
