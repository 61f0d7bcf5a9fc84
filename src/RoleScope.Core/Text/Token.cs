namespace RoleScope.Core.Text;

/// <summary>
/// A token of normalised text: a run of letters and digits (a word) or one other non-space character (a symbol).
/// <see cref="Joined"/> is true when no whitespace separates it from the previous token, so "C#" and "C #" differ.
/// </summary>
public readonly record struct Token(int Start, int Length, bool IsWord, bool Joined)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);
}
