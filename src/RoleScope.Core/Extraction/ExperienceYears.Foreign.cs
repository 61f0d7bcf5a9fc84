using System.Buffers;
using System.Text.RegularExpressions;

namespace RoleScope.Core.Extraction;

// Requirements of years in the languages of the boards RoleScope reads besides English: German, Polish, French, Spanish,
// Portuguese, Italian and Dutch ("mindestens 5 Jahre Berufserfahrung", "3 lata doświadczenia", "5 ans d'expérience").
public sealed partial class ExperienceYears
{
    /// <summary>The word for years in those languages: Jahr(e)(n), lat(a), rok(u), an(s), año(s), ano(s), anni, jaar.</summary>
    private const string ForeignYearWord = @"(?:jahre?n?|lata?|roku|ans?|años?|anos?|anni|jaar)";

    /// <summary>The word for (professional) experience: Erfahrung, Berufserfahrung, doświadczenie, expérience, experiencia, experiência, esperienza, (werk)ervaring.</summary>
    private const string ForeignExperienceWord = @"(?:\p{L}*erfahrung|do[śs]wiadczeni\p{L}*|exp[ée]rience|experi[eê]ncia|esperienza|\p{L}*ervaring)";

    /// <summary>
    /// A number of years, a range's end, the year word, then up to three words and the experience word ("5+ Jahre
    /// Berufserfahrung", "min. 2 lata komercyjnego doświadczenia", "3 à 5 ans d'expérience", "más de 5 años de experiencia"); or
    /// the experience word first ("Berufserfahrung von mindestens 5 Jahren", "experiência de 5 anos").
    /// </summary>
    [GeneratedRegex(
        @"(?<![\d.,])\b(?<n>\d{1,2})\s*\+?\s*(?:(?:-|–|bis|do|à|a|tot)\s*(?<m>\d{1,2})\s*\+?\s*)?" + ForeignYearWord +
        @"\b(?:\s+[\p{L}-]+){0,3}?\s+(?:d['’]|de\s+|di\s+)?" + ForeignExperienceWord +
        @"|" + ForeignExperienceWord + @"(?:\s+(?:von|de|od|di|van|:))?\s*(?:mindestens|minimum|min\.|au\s+moins|pelo\s+menos|al\s+menos|ponad|powy[żz]ej)?\s*(?<![\d.,])\b(?<n>\d{1,2})\s*\+?\s*(?:(?:-|–|bis|do|à|a|tot)\s*(?<m>\d{1,2})\s*\+?\s*)?" + ForeignYearWord + @"\b",
        Options)]
    private static partial Regex ForeignYears();

    /// <summary>
    /// Nearly every <see cref="ForeignYears"/> match holds one of these ASCII stems: erfahrung, (do)świadcz, experiencia, anos,
    /// "ans d" (of "ans d'expérience"), esperienza, ervaring. ASCII only, so that the search is vectorised: with "doświadcz" and
    /// "expérience" among them it took about 1 µs of every posting's classification (2026-12-07). A French requirement written
    /// the other way round ("expérience de 5 ans") is not looked for.
    /// </summary>
    private static readonly SearchValues<string> ForeignExperienceStems = SearchValues.Create(
        ["erfahrung", "wiadcz", "experiencia", "anos", "ans d", "esperienza", "ervaring"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The employer's own years in those languages: "wir haben 20 Jahre Erfahrung", "nasza firma ma 15 lat doświadczenia", "notre
    /// équipe a 10 ans d'expérience", "nuestra empresa", "nossa empresa", "la nostra azienda", "wij hebben".
    /// </summary>
    [GeneratedRegex(@"\b(?:wir|unser\w*|nasz\w*|firma|nous|notre|nuestr\w*|nosotros|noss[ao]s?|nostr\w*|noi|wij|onze)\b", Options)]
    private static partial Regex ForeignCompanyWords();

    /// <summary>The first requirement of years written in one of those languages that is no claim of the employer's, or null.</summary>
    private static Match? ForeignRequirement(string text)
    {
        if (text.AsSpan().IndexOfAny(ForeignExperienceStems) < 0)
        {
            return null;
        }
        for (var m = ForeignYears().Match(text); m.Success; m = m.NextMatch())
        {
            var from = ClauseStart(text, m.Index);
            if (!ForeignCompanyWords().IsMatch(text.AsSpan(from, m.Index + m.Length - from)))
            {
                return m;
            }
        }
        return null;
    }
}
