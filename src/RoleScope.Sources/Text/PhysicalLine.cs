namespace RoleScope.Sources.Text;

/// <summary>
/// One line of a one-record-a-line input. <see cref="Text"/> is the whole line, or only its start when
/// <see cref="TooLong"/> (the rest was skipped without being held).
/// </summary>
internal readonly record struct PhysicalLine(int Number, string Text, bool TooLong);
