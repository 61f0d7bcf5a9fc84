using RoleScope.Core.Domain;

namespace RoleScope.Evaluation.Golden;

/// <summary>Pairs expected and extracted salaries in order of appearance.</summary>
public static class SalaryAlignment
{
    /// <summary>The stated part of a salary: what the text says, before conversion.</summary>
    public static bool SameStated(SalaryRange a, SalaryRange b) =>
        a.Min == b.Min && a.Max == b.Max && a.Period == b.Period && string.Equals(a.Currency, b.Currency, StringComparison.Ordinal);

    /// <summary>
    /// The longest run of pairs (expected[i], actual[j]) with equal stated values and increasing i and j (a longest common
    /// subsequence). Order matters, but one spurious salary does not shift every later one into a miss.
    /// </summary>
    public static List<(int Expected, int Actual)> Align(IReadOnlyList<SalaryRange> expected, IReadOnlyList<SalaryRange> actual)
    {
        var best = new int[expected.Count + 1, actual.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
        {
            for (var j = actual.Count - 1; j >= 0; j--)
            {
                best[i, j] = SameStated(expected[i], actual[j])
                    ? best[i + 1, j + 1] + 1
                    : Math.Max(best[i + 1, j], best[i, j + 1]);
            }
        }
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < expected.Count && j < actual.Count;)
        {
            if (SameStated(expected[i], actual[j]) && best[i, j] == best[i + 1, j + 1] + 1)
            {
                pairs.Add((i, j));
                i++;
                j++;
            }
            else if (best[i + 1, j] >= best[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return pairs;
    }
}
