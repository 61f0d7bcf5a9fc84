using System.Globalization;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Extraction;

/// <summary>Seniority from required years of experience in the text ("5+ years of experience", "at least 3 years").</summary>
public sealed partial class ExperienceYears(RolePatterns patterns)
{
    [GeneratedRegex(@"\b(?:at\s+least\s+|minimum\s+(?:of\s+)?|min\.?\s+|over\s+|more\s+than\s+)?(?<n>\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?<m>\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b(?:\s+of)?(?:\s+[\w/+#.-]+){0,4}?\s+(?:experience|exp\b|building|developing|working|writing|in\s+(?:software|industry|the\s+industry|a\s+similar)|professional)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsOfExperience();

    /// <summary>The seniority the first requirement of years points to, with its span; Unknown when the text states none.</summary>
    public (Seniority Seniority, Cue? Cue) Detect(string text)
    {
        var m = YearsOfExperience().Match(text);
        if (!m.Success)
        {
            return (Seniority.Unknown, null);
        }
        var years = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (years > 30)
        {
            return (Seniority.Unknown, null);
        }
        var seniority = years <= patterns.EntryMaxYears ? Seniority.Entry
            : years <= patterns.MidMaxYears ? Seniority.Mid
            : Seniority.Senior;
        return (seniority, new Cue(m.Index, m.Index + m.Length));
    }
}
