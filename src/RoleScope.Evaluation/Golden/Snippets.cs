using System.Text.RegularExpressions;
using RoleScope.Core.Domain;
using RoleScope.Core.Text;

namespace RoleScope.Evaluation.Golden;

/// <summary>The lines of a posting that a reader of a mismatch needs to see, so the list can be read without the file.</summary>
public static partial class Snippets
{
    private const int MaxLength = 180;

    public static string For(RawPosting posting, string field)
    {
        var lines = PostingText.From(posting).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var relevant = field switch
        {
            GoldenEvaluation.SalaryField or GoldenEvaluation.SalaryAnnualField or GoldenEvaluation.SalaryInventedField =>
                lines.Where(l => l.Any(char.IsDigit)),
            GoldenEvaluation.WorkModeField => lines.Where(l => WorkModeWords().IsMatch(l)),
            _ => [],
        };
        var chosen = relevant.ToList();
        var text = string.Join(" / ", chosen.Count > 0 ? chosen : lines.Take(2));
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "\u2026");
    }

    [GeneratedRegex(@"remote|hybrid|on-?site|office|in[- ]person|from home|wfh|studio", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WorkModeWords();
}
