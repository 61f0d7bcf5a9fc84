namespace RoleScope.Core.Extraction;

/// <summary>
/// Whether the text between two seniority words of a title makes them alternatives ("Mid/Senior", "Regular &amp; Senior",
/// "Mid to Senior", "Senior or Staff") rather than stacked modifiers ("Senior Principal", where nothing separates them).
/// </summary>
internal static class LevelAlternatives
{
    private static readonly string[] Conjunctions = ["or", "to", "and"];

    public static bool Separate(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }
        if (trimmed.IndexOfAnyExcept("/&|,-–+( )") < 0)
        {
            return true;
        }
        foreach (var word in Conjunctions)
        {
            if (trimmed.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
