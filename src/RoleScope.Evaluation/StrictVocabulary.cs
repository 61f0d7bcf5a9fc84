using RoleScope.Core.Domain;

namespace RoleScope.Evaluation;

/// <summary>
/// Parses vocabulary values exactly as extraction.md writes them (lower case, no aliases): gold data that says "sre" or
/// "Backend" is an error in the gold data, not something to be forgiven.
/// </summary>
public static class StrictVocabulary
{
    public static bool TryFamily(string? text, out RoleFamily value) => TryParse(text, Vocabulary.Name, out value);

    public static bool TrySeniority(string? text, out Seniority value) => TryParse(text, Vocabulary.Name, out value);

    public static bool TryWorkMode(string? text, out WorkMode value) => TryParse(text, Vocabulary.Name, out value);

    public static bool TryPeriod(string? text, out PayPeriod value) => TryParse(text, Vocabulary.Name, out value);

    private static bool TryParse<T>(string? text, Func<T, string> name, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
