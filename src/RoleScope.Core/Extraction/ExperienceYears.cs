using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Extraction;

/// <summary>Seniority from required years of experience in the text ("5+ years of experience", "at least 3 years").</summary>
public sealed partial class ExperienceYears(RolePatterns patterns)
{
    /// <summary>
    /// A number of years; in words only after "at least", "minimum" and the like ("at least three years"), so that the pattern is
    /// tried only where those words, a digit or "(" stand ("three (3) years" is read from its bracket), not at every "one" and "ten"
    /// of a text (as start words they cost the classify stage 1.0 µs a posting, 2026-12-06). "Five or more years" is looked for
    /// apart, in the texts that hold "or more" (<see cref="WordsOrMore"/>).
    /// </summary>
    private const string Count = @"\d{1,2}|" + CountWord;

    private const string CountWord = "one|two|three|four|five|six|seven|eight|nine|ten";

    /// <summary>What follows the number of a requirement: "+", "or more", a range's end, "years", then "of experience" and the like.</summary>
    private const string YearsTail = @"(?:[.,]\d)?\s*(?:-?\s*(?:\+|plus)|or\s+more)?\s*(?:-|–|to|/)?\s*(?<m>\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b['’]?" + RequirementTail;

    /// <summary>
    /// After "years" or "a decade": up to four words, then what makes it the candidate's experience: "of experience", "building",
    /// "of backend development", "of professional programming", "in a similar role", "as a software engineer" (not "as a company").
    /// </summary>
    private const string RequirementTail = @"(?:\s+of)?(?:\s+(?!(?:we|our|us|they|their|it|has|have|had|been)\b)[\w/+#.-]+){0,4}?\s+(?:experience|exp\b|building|developing|working|writing|shipping|leading|designing|managing|architecting|maintaining|(?:development|engineering|programming|coding|design)\b(?:\s+experience\b)?|hands-on\b|in\s+(?:software|industry|the\s+industry|a\s+similar)|as\s+an?\s+(?!(?:company|business|team|startup|firm)\b)|professional)";

    /// <remarks>The last alternative reads the experience lines of Indeed postings: "Python: 5 years (Required)", "Django: 3 years (Preferred)".</remarks>
    internal const string YearsPattern = @"(?<![\d.,])(?:\b(?:at\s+least\s+|minimum\s+(?:of\s+)?|min\.?\s+|over\s+|more\s+than\s+)(?<n>" + Count + @")(?:\s*\(\d{1,2}\))?|\b(?<n>\d{1,2})|\((?<n>\d{1,2})\))" + YearsTail + @"|(?<![\d.,])\b(?<n>\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to|/)?\s*(?<m>\d{1,2})?\s*\+?\s*YOE\b|(?<![\d.,])\((?<n>\d{1,2})\s*\+\s*(?:years?|yrs?)\)|\bexperience\s*(?::|-|–|of)\s*(?<n>\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?<m>\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b|(?<![\d.,])\b(?<n>\d{1,2})\s*\+?\s*(?:years?|yrs?)\s*\((?:required|preferred)\)";

    /// <summary>"Five or more years of experience", "five-plus years": a number in words before "or more" or "-plus".</summary>
    [GeneratedRegex(@"\b(?<n>" + CountWord + @")(?=\s+or\s+more\b|-plus\b)" + YearsTail, Options)]
    private static partial Regex WordsOrMore();

    /// <summary>"A decade of experience", "over a decade of professional software engineering experience", "two decades building".</summary>
    [GeneratedRegex(@"\b(?:a|one|two|three|over\s+a|more\s+than\s+a|at\s+least\s+a)\s+decades?\b\+?(?:\s+or\s+more)?['’]?" + RequirementTail, Options)]
    private static partial Regex Decades();

    [GeneratedRegex(YearsPattern, Options)]
    private static partial Regex YearsOfExperience();

    [GeneratedRegex(@"\G(?:" + YearsPattern + ")", Options)]
    private static partial Regex YearsAt();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Where a requirement can start: its leading words, its number or "(" (the generated scanner stopped at every a, m, o and digit).</summary>
    internal static readonly AnchoredPattern Years = new(YearsPattern, YearsAt(),
        ["at", "minimum", "min", "over", "more", "experience"],
        AnchoredPattern.DecimalDigits + "(");

    /// <summary>The seniority the first requirement of years points to, with its span; Unknown when the text states none.</summary>
    public (Seniority Seniority, Cue? Cue) Detect(string text)
    {
        var mayState = MayState(text);
        Match? m = null;
        for (var from = 0; mayState && Years.MatchNear(text, YearWords, YearsLead, kelvin: false, from) is { } found; from = found.Index + found.Length)
        {
            // The same match again, with its groups: the leftmost match from its own start is itself.
            m = YearsOfExperience().Match(text, found.Index);
            if (!CompanyClaim(text, m.Index))
            {
                break;
            }
            m = null;
        }
        if (mayState && text.AsSpan().IndexOfAny(OrMore) >= 0)
        {
            // "Five or more years": the first such requirement, if it comes before the one found above.
            m = FirstRequirement(WordsOrMore(), text, m) ?? m;
        }
        if (text.AsSpan().IndexOfAny(Decade) >= 0 && FirstRequirement(Decades(), text, m) is { } decade)
        {
            // "A decade of experience": ten years or more.
            return (Seniority.Senior, new Cue(decade.Index, decade.Index + decade.Length));
        }
        // "mindestens 5 Jahre Berufserfahrung", "3 lata doświadczenia": a requirement in another language, when none is in English.
        m ??= ForeignRequirement(text);
        if (m is null)
        {
            return (Seniority.Unknown, null);
        }
        var low = Number(m.Groups["n"].Value);
        // "2-3 years" is the range [2, 3]; "2+ years", "at least 2 years" and a bare "2 years of experience" are minimums.
        int? high = m.Groups["m"].Success ? Number(m.Groups["m"].Value) : null;
        if (low > 30 || high is { } h && (h < low || h > 40))
        {
            return (Seniority.Unknown, null);
        }
        var seniority = Classify(low, high);
        return (seniority, new Cue(m.Index, m.Index + m.Length));
    }

    /// <summary>The first match of <paramref name="pattern"/> before <paramref name="found"/> (or anywhere, when null) that is no claim of the employer's own years, or null.</summary>
    private static Match? FirstRequirement(Regex pattern, string text, Match? found)
    {
        for (var match = pattern.Match(text); match.Success && (found is null || match.Index < found.Index); match = match.NextMatch())
        {
            if (!CompanyClaim(text, match.Index))
            {
                return match;
            }
        }
        return null;
    }

    private static int Number(string value) => value.ToLowerInvariant() switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => int.Parse(value, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// "Our company has 20 years of experience in fintech", "we bring 15 years of experience": the employer's years, not a
    /// requirement; the clause before the number has the employer state what it has, and names no candidate.
    /// </summary>
    private static bool CompanyClaim(string text, int index)
    {
        var from = ClauseStart(text, index);
        var before = text.AsSpan(from, index - from);
        return CompanyWords().IsMatch(before) && !CandidateWords().IsMatch(before);
    }

    /// <summary>Where the clause that holds <paramref name="index"/> starts: after the last stop before it, at most <see cref="ClaimWindow"/> back.</summary>
    private static int ClauseStart(string text, int index)
    {
        var from = Math.Max(0, index - ClaimWindow);
        return text.AsSpan(from, index - from).LastIndexOfAny(ClauseEnds) is var clauseEnd and >= 0 ? from + clauseEnd + 1 : from;
    }

    /// <summary>How far before the number the clause is read for whose years they are.</summary>
    private const int ClaimWindow = 60;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".!?;\n");

    /// <summary>The employer stating what it has: "we have", "we've", "we bring", "our company has", "a team with".</summary>
    [GeneratedRegex(@"\b(?:we(?:['’]ve|\s+have|\s+bring)|(?:our|the|a)\s+(?:company|team|firm|agency|founders?|studio|business)\s+(?:has|have|brings?|with))\b", Options)]
    private static partial Regex CompanyWords();

    [GeneratedRegex(@"\b(?:you|your|you['’]ve|candidates?|applicants?|someone|require\w*|need|must|should|ideally|looking|seeking|hiring|want)\b", Options)]
    private static partial Regex CandidateWords();

    /// <summary>
    /// "or more" and "-plus" (the words <see cref="WordsOrMore"/> needs), searched for as <see cref="string.Contains(string, StringComparison)"/> with OrdinalIgnoreCase would, but
    /// vectorised: that call compared character by character and took two fifths of this class's time (perf, 2026-12-07).
    /// </summary>
    private static readonly SearchValues<string> OrMore = SearchValues.Create(["or more", "-plus"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Decade = SearchValues.Create(["decade"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Every <see cref="Years"/> match holds one of these (none holds a 'k', so the Kelvin sign cannot hide one).</summary>
    internal static readonly SearchValues<string> YearWords = SearchValues.Create(["year", "yr", "yoe"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Most letters, digits and symbols a <see cref="Years"/> match holds before its first <see cref="YearWords"/> word, with a
    /// margin: "minimum of", "three", "(10)", ".5", "or more", "-", "12", "+" before "years" are 31. Only near those words does
    /// the pattern start an attempt (<see cref="AnchoredPattern.MatchNear"/>), not at every "at", "over", "more" and number.
    /// </summary>
    internal const int YearsLead = 40;

    /// <summary>
    /// A requirement of years needs "year", "yr" or "YOE" and a number, in digits or words; most postings without both are not
    /// searched.
    /// </summary>
    private static bool MayState(string text) =>
        text.AsSpan().IndexOfAny(YearWords) >= 0 &&
        (text.AsSpan().IndexOfAny(AnchoredPattern.DecimalDigitValues) >= 0 || text.AsSpan().IndexOfAny(NumberWords) >= 0);

    private static readonly SearchValues<string> NumberWords = SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], StringComparison.OrdinalIgnoreCase);

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
