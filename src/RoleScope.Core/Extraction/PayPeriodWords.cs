using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Extraction;

/// <summary>
/// The words that give a pay amount its period, in English and in the languages of the European boards whose postings mix
/// English with local pay lines ("4.500 € brutto pro Monat", "20 000 PLN netto/mies.", "3 500 € brut par mois", "per maand").
/// Sources: the period wording of NoFluffJobs, StepStone, Welcome to the Jungle, InfoJobs and Indeed postings in Polish,
/// German, Dutch, French, Spanish, Portuguese, Italian and Swedish, checked against Wiktionary (2026-12-07).
/// </summary>
internal static partial class PayPeriodWords
{
    /// <summary>English units, after "/", "per", "a", "an" and "p.": "/hr", "per annum", "a month", "p.a.".</summary>
    internal const string EnglishUnits = "hour|hr|h|day|week|wk|month|mo|mth|year|yr|annum|a\\.?";

    /// <summary>
    /// Units of the other languages, after "/", "per" and their own prepositions only (<see cref="ForeignPrefixes"/>), so that
    /// English "a tag" or "pan-European" never reads as a period.
    /// </summary>
    internal const string ForeignUnits =
        "stunde|std|uur|heure|hora|ora|godz|godzin[eęy]" +
        "|tag|dag|jour|d[ií]a|giorno|dzie[nń]" +
        "|woche|semaine|semana|settimana|tydzie[nń]" +
        "|monat|maand|mois|m[eê]s|mese|m[aå]nad|m[aå]naden|mies|miesi[aą]c|mc|msc" +
        "|jahr|jaar|an|a[nñ]o|anno|[aå]r|rok";

    /// <summary>Prepositions before a unit: "pro Monat", "par mois", "al mes", "por hora", "za godzinę", "all'anno".</summary>
    internal const string ForeignPrefixes = @"\b(?:pro|par|al|por|za)\s+|\ball'|\bl'";

    /// <summary>Period adjectives and adverbs, which may also stand before the amount: "Monthly salary: 15 000 PLN", "monatlich".</summary>
    internal const string Adjectives =
        "hourly|daily|weekly|monthly|yearly|annually|annual" +
        "|st[uü]ndlich|t[aä]glich|w[oö]chentlich|monatlich|j[aä]hrlich|jaehrlich" +
        "|maandelijks|jaarlijks|mensuel(?:le)?s?|annuel(?:le)?s?|mensual(?:es)?|anual(?:es)?|mensile|mensili|annuo|annui|annuale|annuali" +
        "|miesi[eę]cznie|miesi[eę]czn[aey]|rocznie|roczn[aey]|godzinow[aey]";

    /// <summary>Every unit and adjective that names a period other than the year, with and without its diacritics.</summary>
    private static readonly (PayPeriod Period, string[] Words)[] NonYearWords =
    [
        (PayPeriod.Hour,
        [
            "hour", "hr", "h", "hourly", "stunde", "std", "uur", "heure", "hora", "ora", "godz", "godzine", "godzinę", "godziny",
            "stündlich", "stundlich", "godzinowa", "godzinowe", "godzinowy",
        ]),
        (PayPeriod.Day, ["day", "daily", "tag", "dag", "jour", "día", "dia", "giorno", "dzień", "dzien", "täglich", "taglich"]),
        (PayPeriod.Week,
        [
            "week", "wk", "weekly", "woche", "semaine", "semana", "settimana", "tydzień", "tydzien", "wöchentlich", "wochentlich",
        ]),
        (PayPeriod.Month,
        [
            "month", "mo", "mth", "monthly", "monat", "maand", "mois", "mes", "mês", "mese", "månad", "manad", "månaden", "manaden",
            "mies", "miesiąc", "miesiac", "mc", "msc", "monatlich", "maandelijks", "mensuel", "mensuelle", "mensuels", "mensuelles",
            "mensual", "mensuales", "mensile", "mensili", "miesięcznie", "miesiecznie", "miesięczna", "miesięczne", "miesięczny",
            "miesieczna", "miesieczne", "miesieczny",
        ]),
    ];

    private static readonly FrozenDictionary<string, PayPeriod> PeriodOf = NonYearWords
        .SelectMany(entry => entry.Words.Select(word => KeyValuePair.Create(word, entry.Period)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The period a unit or adjective names; every other unit ("year", "Jahr", "an", "rok") is a year.</summary>
    public static PayPeriod Of(string word) => PeriodOf.TryGetValue(word, out var p) ? p : PayPeriod.Year;

    /// <summary>True for a period adjective or adverb ("monthly", "monatlich"), which may qualify an amount that follows it.</summary>
    public static bool IsAdjective(string word) => WholeAdjective().IsMatch(word);

    /// <summary><see cref="Adjectives"/> as a whole word: one list for the period pattern and for this test.</summary>
    [GeneratedRegex("^(?:" + Adjectives + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeAdjective();
}
