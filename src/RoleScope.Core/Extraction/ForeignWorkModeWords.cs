using System.Buffers;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Work-mode wording of the languages European boards mix with English ("Homeoffice möglich", "praca zdalna", "télétravail
/// complet", "100% remoto", "thuiswerken", "smart working"), read only when the English wording says nothing. As in English, the
/// most flexible arrangement offered wins, and a refusal ("kein Homeoffice", "brak pracy zdalnej") is on site.
/// Sources: the work-mode fields and wording of NoFluffJobs, Just Join IT, Pracuj.pl, StepStone, Welcome to the Jungle,
/// InfoJobs, Indeed (NL, IT, BR) postings, checked against Wiktionary (2026-12-07).
/// </summary>
internal static partial class ForeignWorkModeWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Refusals of remote work: "kein Homeoffice", "Homeoffice nicht möglich", "brak pracy zdalnej", "pas de télétravail".</summary>
    [GeneratedRegex(@"\b(?:kein(?:e|en)?|ohne)\s+(?:home[\s-]?office|mobiles?\s+arbeiten|remote)\b|\bhome[\s-]?office\s+(?:ist\s+)?nicht\s+m[oö]glich\b|\bbrak\s+(?:mo[zż]liwo[sś]ci\s+)?pracy\s+zdalnej\b|\bpas\s+de\s+t[eé]l[eé]travail\b|\bt[eé]l[eé]travail\s+(?:non\s+autoris[eé]|impossible)\b|\bsin\s+teletrabajo\b|\bgeen\s+thuiswerk\w*", Options)]
    private static partial Regex Refusal();

    /// <summary>Fully remote: "100% Homeoffice", "vollständig remote", "ortsunabhängig", "praca zdalna", "télétravail complet", "100% remoto", "Modalidade: Remoto", "São Paulo (remoto)".</summary>
    [GeneratedRegex(@"\b(?:100\s*%|vollst[aä]ndig(?:es)?|komplett(?:es)?|ausschlie(?:ß|ss)lich)\s*(?:im\s+|in\s+)?(?:home[\s-]?office|remote|mobile[sn]?\s+arbeiten)\b|\bhome[\s-]?office\s*\(?\s*100\s*%|\bortsunabh[aä]ngig\w*|\bpraca\s+zdalna\b(?!\s+(?:cz[eę][sś]ciowo|[1-4]\s*(?:dni|x)\b|od\s+czasu))|\b(?:w\s+pe[lł]ni|ca[lł]kowicie|100\s*%)\s+zdaln\w*|\bt[eé]l[eé]travail\s+(?:complet|total|int[eé]gral|[aà]\s+100\s*%)|\b100\s*%\s*(?:en\s+)?t[eé]l[eé]travail|\bfull\s+t[eé]l[eé]travail|\b(?:100\s*%\s*|trabajo\s+|trabalho\s+|en\s+|em\s+)remoto\b|\bsolo\s+teletrabajo\b|\bteletrabajo\s+(?:100\s*%|completo|total)|\bvolledig\s+(?:op\s+afstand|thuis\w*|remote)|\blavoro\s+(?:da\s+|in\s+)remoto\b|\bmodalidade?(?:\s+de\s+(?:trabalho|trabajo))?\s*:\s*remoto\b|\(\s*remoto\s*\)|\bfull\s+smart\s+working\b|\bsmart\s+working\s+(?:al\s+)?100\s*%", Options)]
    private static partial Regex FullyRemote();

    /// <summary>
    /// Part remote: "Homeoffice", "Home-Office möglich", "2 Tage Homeoffice" (not an English "home office stipend"), "mobiles Arbeiten", "praca hybrydowa", "częściowo zdalna",
    /// "télétravail partiel", "2 jours de télétravail", "híbrido", "teletrabajo", "thuiswerken", "hybride", "hybrides Arbeiten",
    /// "2 Tage pro Woche im Büro", "smart working".
    /// </summary>
    [GeneratedRegex(@"\bhomeoffice\b|\bhome-office-\w+|\bhome[\s-]office\s+(?:m[oö]glich|option|anteil|regelung|nach\s+absprache|tage?)\b|\b(?:\d|ein|zwei|drei|vier)\s+tage?\s+(?:pro\s+woche\s+|die\s+woche\s+)?(?:im\s+)?home[\s-]?office\b|\bmobile[sn]?\s+arbeiten\b|\bhybrydow\w*|\bcz[eę][sś]ciowo\s+zdaln\w*|\bt[eé]l[eé]travail\b|\bh[ií]brid[oa]\b|\bsemipresencial\b|\bteletrabajo\b|\bthuiswerk\w*|\bhybride\b|\bhybrid(?:es|er|en)\b|\b(?:\d|ein|zwei|drei|vier)\s+tage?\s+(?:pro\s+woche\s+|die\s+woche\s+)?im\s+b(?:ü|ue|u)ro\b|\bsmart\s+working\b", Options)]
    private static partial Regex PartRemote();

    /// <summary>On site: "vor Ort", "im Büro", "praca stacjonarna", "sur site", "en présentiel", "presencial", "op kantoor", "in sede".</summary>
    [GeneratedRegex(@"\bvor\s+ort\b|\bpraca\s+stacjonarna\b|\bstacjonarnie\b|\bsur\s+site\b|\ben\s+pr[eé]sentiel\b|\b(?<!semi)presencial\b|\bop\s+kantoor\b|\bin\s+sede\b", Options)]
    private static partial Regex Onsite();

    /// <summary>
    /// Every match above holds one of these (ASCII, so the search stays vectorised); a text with none is not searched. "lavoro" and
    /// "ortsunab" start their patterns; "brid" is in "híbrido" and "hibrido", "travail" in "télétravail", "sentiel" in "présentiel", "im b"
    /// in "im Büro".
    /// </summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["homeoffice", "home-office", "home office", "mobiles arbeiten", "mobilen arbeiten", "mobile arbeiten", "ortsunab", "vor ort", "zdaln", "hybrydow",
            "stacjonarn", "travail", "brid", "remoto", "teletrabajo", "presencial", "sentiel", "sur site", "thuiswerk", "op afstand", "hybride",
            "op kantoor", "smart working", "in sede", "hybrider", "hybriden", "im b"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The work mode these words give the text, with its span; Unknown when they say nothing.</summary>
    internal static (WorkMode Mode, int Start, int End) Detect(string text)
    {
        if (text.AsSpan().IndexOfAny(Cues) < 0)
        {
            return (WorkMode.Unknown, 0, 0);
        }
        var refusal = Refusal().Match(text);
        var source = refusal.Success ? WorkModeDetector.Blanked(text, Refusal()) : text;
        if (FullyRemote().Match(source) is { Success: true } remote)
        {
            return (WorkMode.Remote, remote.Index, remote.Index + remote.Length);
        }
        if (PartRemote().Match(source) is { Success: true } part)
        {
            return (WorkMode.Hybrid, part.Index, part.Index + part.Length);
        }
        if (Onsite().Match(text) is { Success: true } onsite)
        {
            return (WorkMode.Onsite, onsite.Index, onsite.Index + onsite.Length);
        }
        return refusal.Success ? (WorkMode.Onsite, refusal.Index, refusal.Index + refusal.Length) : (WorkMode.Unknown, 0, 0);
    }
}
