using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Extraction;

/// <summary>Seniority from required years of experience in the text ("5+ years of experience", "at least 3 years").</summary>
public sealed partial class ExperienceYears(RolePatterns patterns)
{
    internal const string YearsPattern = @"(?<![\d.,])\b(?:at\s+least\s+|minimum\s+(?:of\s+)?|min\.?\s+|over\s+|more\s+than\s+)?(?<n>\d{1,2})(?:[.,]\d)?\s*(?:\+|plus)?\s*(?:-|–|to|/)?\s*(?<m>\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b(?:\s+of)?(?:\s+(?!(?:we|our|us|they|their|it|has|have|had|been)\b)[\w/+#.-]+){0,4}?\s+(?:experience|exp\b|building|developing|working|writing|in\s+(?:software|industry|the\s+industry|a\s+similar)|professional)|(?<![\d.,])\b(?<n>\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to|/)?\s*(?<m>\d{1,2})?\s*\+?\s*YOE\b|(?<![\d.,])\((?<n>\d{1,2})\s*\+\s*(?:years?|yrs?)\)";

    [GeneratedRegex(YearsPattern, Options)]
    private static partial Regex YearsOfExperience();

    [GeneratedRegex(@"\G(?:" + YearsPattern + ")", Options)]
    private static partial Regex YearsAt();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Where a requirement can start: its leading words, its number or "(" (the generated scanner stopped at every a, m, o and digit).</summary>
    internal static readonly AnchoredPattern Years = new(YearsPattern, YearsAt(), ["at", "minimum", "min", "over", "more"], AnchoredPattern.DecimalDigits + "(");

    /// <summary>The seniority the first requirement of years points to, with its span; Unknown when the text states none.</summary>
    public (Seniority Seniority, Cue? Cue) Detect(string text)
    {
        if (!MayState(text))
        {
            return (Seniority.Unknown, null);
        }
        if (Years.Match(text) is not { } found)
        {
            return (Seniority.Unknown, null);
        }
        // The same match again, with its groups: the leftmost match from its own start is itself.
        var m = YearsOfExperience().Match(text, found.Index);
        var low = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        // "2-3 years" is the range [2, 3]; "2+ years", "at least 2 years" and a bare "2 years of experience" are minimums.
        int? high = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        if (low > 30 || high is { } h && (h < low || h > 40))
        {
            return (Seniority.Unknown, null);
        }
        var seniority = Classify(low, high);
        return (seniority, new Cue(m.Index, m.Index + m.Length));
    }

    private static readonly SearchValues<string> YearWords = SearchValues.Create(["year", "yr", "yoe"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A requirement of years needs a digit and "year", "yr" or "YOE"; most postings without both are not searched.</summary>
    private static bool MayState(string text) => text.AsSpan().IndexOfAny(AnchoredPattern.DecimalDigitValues) >= 0 && text.AsSpan().IndexOfAny(YearWords) >= 0;

    /// <summary>
    /// extraction.md names the bands by the candidate's years: entry 0-2, mid 3-4, senior 5+. A requirement is entry when the
    /// range it asks for lies within the entry band or starts below its top ("0-2", "1+", "1-3"); a minimum at the top of the
    /// entry band ("2+ years", the usual floor of an "Engineer II") opens the job to people past it, so it is mid.
    /// </summary>
    private Seniority Classify(int low, int? high)
    {
        if (low < patterns.EntryMaxYears || high is { } h && h <= patterns.EntryMaxYears)
        {
            return Seniority.Entry;
        }
        return low <= patterns.MidMaxYears ? Seniority.Mid : Seniority.Senior;
    }
}
