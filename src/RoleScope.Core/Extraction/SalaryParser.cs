using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// Finds stated base-pay ranges and amounts in normalised text: "$150k - $180k", "150-180k USD", "120.000 - 140.000 EUR",
/// "up to $90/hr", "£80,000 per annum". Money that is not pay (funding, valuations, revenue, prices, bonuses, equity) is left out.
/// Amounts are annualised (hour x 2,080, day x 260, week x 52, month x 12) and converted with the dated rate table.
/// </summary>
public sealed partial class SalaryParser(ExchangeRates rates)
{
    public const int HoursPerYear = 2080;
    public const int DaysPerYear = 260;
    public const int WeeksPerYear = 52;
    public const int MonthsPerYear = 12;

    /// <summary>Characters around a money amount searched for cues (funding, period, salary words): about one clause.</summary>
    private const int CueWindowBefore = 60;
    private const int CueWindowAfter = 40;

    // One money amount: optional currency prefix, number with thousands separators or decimals, optional k/m, optional currency
    // suffix; a range is two amounts joined by a dash or "to". Source-generated: a compiled Regex's first match pays for JIT.
    // The rand's "R" is a prefix only before a digit or one space and a digit ("R900,000", "R 65 000"): written with [^\S\n]? that
    // lookahead made every amount's match about 25% slower, with " ?" it costs nothing measurable (2026-12-07).
    internal const string CurrencyBefore =
        @"US\$|USD(?:\s?\$)?|U\.S\.\s?\$|CA\$|C\$|CAD(?:\s?\$)?|AU\$|A\$|AUD(?:\s?\$)?|NZ\$|NZD(?:\s?\$)?|S\$|SGD(?:\s?\$)?|HK\$|HKD(?:\s?\$)?|€|EUR|£|GBP|CHF|PLN|zł|INR|Rs\.?|₹|SEK|NOK|DKK|JPY|¥|ILS|₪|BRL|R\$|MXN(?:\s?\$)?|CZK|HUF|RON|ISK|KRW|ZAR|R(?= ?\d)|TRY|TWD|AED|SAR|\$";
    private const string Number = @"\d{1,2}(?:,\d{2})+,\d{3}(?![\d])|\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?";
    internal const string MultiplierWords = @"[kK](?![a-zA-Z])|[mM](?![a-zA-Z])|mm(?![a-zA-Z])|mil(?:lion)?\b|bn\b|[bB](?![a-zA-Z])|billion\b|thousand\b|LPA\b|lpa\b|[lL]akhs?\b|[lL]acs?\b|[cC]rores?\b";
    // The codes of EGP, PKR, NGN, KES, VND, IDR, MYR, THB, UAH, ARS, COP and CLP are read after an amount only ("150,000 PKR"): as
    // prefixes too they made every amount's match a third slower (2026-12-07).
    internal const string CurrencyAfter =
        @"USD|EUR|GBP|CHF|PLN|zł|zl|INR|SEK|NOK|DKK|CAD|AUD|NZD|SGD|HKD|JPY|ILS|BRL|MXN|CZK|HUF|RON|ISK|KRW|ZAR|TRY|TWD|AED|SAR|EGP|PKR|NGN|KES|VND|IDR|MYR|THB|UAH|ARS|COP|CLP|CA\$|C\$|US\$|AU\$|A\$|\$|€|k€|£|[Ee]uros?|EUROS?|[Pp]ounds|(?:US )?[Dd]ollars";
    private const string NotAfterWordOrNumber = @"(?<![\w.,/])";
    // "$45/hr to $65/hr": the first amount may repeat the period that the second one states, when the second starts with a currency
    // sign or code ("70 PLN/h - 9 hours working day" is no range).
    private const string PeriodBeforeJoin = @"(?:\s?/\s?(?:hr|hour|h|yr|year|mo|month|day|wk|week)\b(?=\s*(?:-|–|—|to\b)\s*(?:[$€£¥₹]|[A-Z]{3}\b)))?";
    private const string RangeJoin = PeriodBeforeJoin + @"(?:(?:\s*(?:-|–|—|to|~|and(?<=\bbetween\s+\S{1,12}\s?\S{0,12}\s+and))\s*|\s+" + ForeignRangeJoin + @"\s+)";

    /// <summary>
    /// The "to" of a range in the boards' languages: German "bis", Dutch "tot", Portuguese "até"; "à", "a" and "do" (French, Spanish,
    /// Portuguese, Italian, Polish) only after their "from" ("de 50 000 à 60 000 €", "da 35.000 a 45.000", "od 15 000 do 20 000 zł") or
    /// before a currency sign ("R$ 12.000 a R$ 15.000"), so that an English "a" is never one.
    /// </summary>
    private const string ForeignRangeJoin = @"(?:bis|tot|até|(?:à|a|do)(?:(?<=\b(?:de|da|od|von)\s+\S{1,12}\s?\S{0,12}\s+\S{1,2})|(?=\s+(?:R\$|€|\$|£|zł|PLN|EUR|CHF))))";
    private const string NotBeforeWord = @")?(?![\w])";

    internal const string MoneyPattern =
        NotAfterWordOrNumber +
        @"(?:(?<apre>" + CurrencyBefore + @")\s?)?(?<anum>" + Number + @")(?:\s?(?<amult>" + MultiplierWords + @"))?(?:\s?(?<apost>" + CurrencyAfter + @")(?![a-zA-Z]))?" +
        RangeJoin +
        @"(?:(?<bpre>" + CurrencyBefore + @")\s?)?(?<bnum>" + Number + @")(?:\s?(?<bmult>" + MultiplierWords + @"))?(?:\s?(?<bpost>" + CurrencyAfter + @")(?![a-zA-Z]))?" +
        NotBeforeWord;

    /// <summary><see cref="MoneyPattern"/> without its groups: most numbers of a text are found and turned away with nothing captured.</summary>
    internal const string MoneyScanPattern =
        NotAfterWordOrNumber +
        @"(?:(?:" + CurrencyBefore + @")\s?)?(?:" + Number + @")(?:\s?(?:" + MultiplierWords + @"))?(?:\s?(?:" + CurrencyAfter + @")(?![a-zA-Z]))?" +
        RangeJoin +
        @"(?:(?:" + CurrencyBefore + @")\s?)?(?:" + Number + @")(?:\s?(?:" + MultiplierWords + @"))?(?:\s?(?:" + CurrencyAfter + @")(?![a-zA-Z]))?" +
        NotBeforeWord;

    /// <summary>
    /// <see cref="MoneyPattern"/> behind <c>\G</c>: read at an amount <see cref="NextAmount"/> found, with no search for where a
    /// match starts (the unanchored pattern's search for its first characters cost as much as the match).
    /// </summary>
    [GeneratedRegex(@"\G(?:" + MoneyPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyAt();

    // The numbers of MoneyAt's groups: by name, each group read was a lookup in a hash table, a dozen of them for every candidate.
    private static readonly int APre = MoneyAt().GroupNumberFromName("apre");
    private static readonly int ANum = MoneyAt().GroupNumberFromName("anum");
    private static readonly int AMult = MoneyAt().GroupNumberFromName("amult");
    private static readonly int APost = MoneyAt().GroupNumberFromName("apost");
    private static readonly int BPre = MoneyAt().GroupNumberFromName("bpre");
    private static readonly int BNum = MoneyAt().GroupNumberFromName("bnum");
    private static readonly int BMult = MoneyAt().GroupNumberFromName("bmult");
    private static readonly int BPost = MoneyAt().GroupNumberFromName("bpost");

    [GeneratedRegex(MoneyScanPattern, RegexOptions.CultureInvariant)]
    private static partial Regex MoneyScan();

    /// <summary><see cref="MoneyScanPattern"/> behind <c>\G</c>: tried only where <see cref="NextAmount"/> finds an amount can start.</summary>
    [GeneratedRegex(@"\G(?:" + MoneyScanPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyScanAt();

    [GeneratedRegex(@"(?:/\s?|\bper\s+|\ban?\s+|\bp\.?\s?)(?<p>" + PayPeriodWords.EnglishUnits + @")\b|(?:/\s?|\bper\s+|" + PayPeriodWords.ForeignPrefixes + @")(?<p>" + PayPeriodWords.ForeignUnits + @")\b|\b(?<p>" + PayPeriodWords.Adjectives + @")\b|\bp\.a\.|\bpa\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCue();

    [GeneratedRegex(@"\b(?:rais(?:e|ed|ing)|fund(?:ing|ed|s)?|brings?\s+in|bringing\s+in|generat(?:e|es|ed|ing)|turnover|orders?|invoices?|deals?|series\s+[a-f]\b|seed|valuation|valued|revenue|arr|mrr|gmv|market|tam|investors?|investment|invested|backed|grants?|budget|assets|aum|sales|bookings|price|priced|pricing|costs?|spend|saved|savings|worth|customers|users|loans?|donat\w*|prize|acquired|acquisition|(?<!\bnon[\s-]?|\bnot[\s-]for[\s-])profit\w*|financing|round|capital|cap|volume|transactions?|payments|processed|gift|credit|stipend|allowance|relocation|sign(?:ing|-on)\s+bonus|bonus|equity|options|rsus?|401k|reimburse\w*|per\s+diem|ote|on[\s-]target|commissions?|per\s+(?:user|seat|month\s+per))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPayCue();

    [GeneratedRegex(@"\b(?:salary|salaries|compensation|comp|base|pay|paid|paying|range|rate|wage|wages|gross|net|brutto|netto|b2b|uop|contract|annual|annually|per\s+annum|yearly|hourly|monthly|usd|eur|gbp|ctc" +
        // The same words on European boards: "Gehalt", "Vergütung", "Wynagrodzenie", "Stawka", "Salario", "Rémunération", "Lön".
        @"|gehalt|jahresgehalt|bruttogehalt|verg[üu]tung|lohn|wynagrodzenie|stawka|pensja|salario|sueldo|salaire|r[ée]mun[ée]ration|stipendio|retribuzione|ral|salaris|l[öo]n|bruto|brut|brutos|lordo|lordi|neto)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayCue();

    /// <summary>
    /// Every stated pay range in order of appearance. <paramref name="defaultCurrency"/> (the one currency of the posting's
    /// countries) is given to "Salary: 120-140k" written without any currency; without it such amounts are not read.
    /// </summary>
    public List<ParsedSalary> Parse(string text, string? defaultCurrency = null, TextSpan? header = null)
    {
        var results = new List<ParsedSalary>();
        var from = 0;
        while (NextDigit(text, from) is var digit and >= 0)
        {
            if (Links.EndOfLinkAt(text, digit) is var linkEnd and > 0)
            {
                from = linkEnd; // the digits of a link ("jobs.lever.co/acme/3952c88d-f96c-4...") are no amounts
                continue;
            }
            // Every amount has a digit, at most MaxPrefixLength characters after its start ("U.S. $150k"): the leftmost match
            // from there is the leftmost from `from`, and the regex does not try every capital letter of the text.
            if (NextAmount(text, Math.Max(from, digit - MaxPrefixLength), out var read) is not var (index, length))
            {
                break;
            }
            var inHeader = header is { } h && h.Contains(index);
            var field = inHeader && IsWholeField(text, index, length);
            if (MayBePay(text.AsSpan(index, length)) || field)
            {
                // The same match again, now with its groups (the leftmost match from its own start is itself), unless it was read so.
                var m = read ?? MoneyAt().Match(text, index);
                var carried = results.Count > 0 && AlternativeRange(text, results[^1], index) ? results[^1].Range.Period : (PayPeriod?)null;
                if (TryRead(text, m, defaultCurrency, inHeader, field, carried) is { } salary)
                {
                    results.Add(salary);
                }
            }
            from = index + length;
        }
        AddBracketedThousands(text, results);
        return results;
    }

    /// <summary>
    /// False for an amount with neither a currency nor a multiplier ("2023", "5+ years", "10-15"): every currency and multiplier
    /// the pattern reads has a letter or one of these signs, and <see cref="TryRead"/> reads no such amount as pay. Most
    /// numbers in a text are turned away here without their groups being captured.
    /// </summary>
    private static bool MayBePay(ReadOnlySpan<char> amount)
    {
        foreach (var c in amount)
        {
            if (char.IsLetter(c) || c is '$' or '€' or '£' or '¥' or '₹' or '₪')
            {
                return true;
            }
        }
        return IsGrouped(amount);
    }

    /// <summary>
    /// True when a number of the amount is written in groups of thousands ("150,000", "4.500", "12 000"): with a pay word before it
    /// ("Salary: 150,000 - 180,000 per year") such an amount is pay without a currency or a k; "2023" and "10-15" never are.
    /// </summary>
    private static bool IsGrouped(ReadOnlySpan<char> amount)
    {
        // A separator between a digit and exactly three digits.
        for (var i = 1; i + 3 < amount.Length; i++)
        {
            if (amount[i] is ',' or '.' or ' ' or '\u00a0' or '\u202f' or '\'' or '’' && char.IsAsciiDigit(amount[i - 1]) &&
                char.IsAsciiDigit(amount[i + 1]) && char.IsAsciiDigit(amount[i + 2]) && char.IsAsciiDigit(amount[i + 3]) &&
                (i + 4 == amount.Length || !char.IsAsciiDigit(amount[i + 4])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the amount is a header field of its own: "Acme | Full stack engineer | python/react | 52000". Such a number is the
    /// post's pay, in its country's currency, when it is at least 20,000.
    /// </summary>
    private static bool IsWholeField(string text, int index, int length)
    {
        var before = text.AsSpan(0, index).TrimEnd(' ');
        var after = text.AsSpan(index + length).TrimStart(' ');
        return before.Length > 0 && before[^1] == '|' && (after.IsEmpty || after[0] is '|' or '\n');
    }

    /// <summary>The longest currency prefix with its space ("U.S. $"), plus one for safety.</summary>
    private const int MaxPrefixLength = 8;

    private static int NextDigit(string text, int from)
    {
        var i = from < text.Length ? text.AsSpan(from).IndexOfAny(AnchoredPattern.DecimalDigitValues) : -1;
        return i < 0 ? -1 : from + i;
    }

    /// <summary>
    /// The leftmost <see cref="MoneyScan"/> match starting at or after <paramref name="from"/>, as a scan from there finds it, or null.
    /// A match starts at its first digit or at a currency prefix at most <see cref="MaxPrefixLength"/> characters before it (no prefix
    /// holds a digit), so the positions tried are those up to each digit in turn, and only where a match can begin (<see
    /// cref="MayStartAmount"/>). The scan itself stopped at every capital letter of the text, all of which begin some currency.
    /// </summary>
    internal static (int Index, int Length)? NextAmount(string text, int from) => NextAmount(text, from, out _);

    /// <param name="read">
    /// The match with its groups (<see cref="MoneyAt"/>) when it begins with a currency, else null. Such an amount is always read
    /// (<see cref="MayBePay"/>: every currency before an amount has a letter or a sign), so it is matched once, with its groups,
    /// not found by <see cref="MoneyScanAt"/> and then matched again.
    /// </param>
    internal static (int Index, int Length)? NextAmount(string text, int from, out Match? read)
    {
        read = null;
        var position = from;
        while (NextDigit(text, position) is var digit and >= 0)
        {
            for (var at = Math.Max(position, digit - MaxPrefixLength); at <= digit; at++)
            {
                if (MayStartAmount(text, at) && MayBeginCurrency(text, at) && BareNumberAt(text, at) is var bare and >= AskPattern)
                {
                    if (bare > 0)
                    {
                        return (at, bare);
                    }
                    if (!char.IsDigit(text[at]))
                    {
                        // Not a digit, so a currency: the pattern's number begins with one.
                        if (MoneyAt().Match(text, at) is { Success: true } withGroups)
                        {
                            read = withGroups;
                            return (withGroups.Index, withGroups.Length);
                        }
                        continue;
                    }
                    foreach (var m in MoneyScanAt().EnumerateMatches(text, at))
                    {
                        return (m.Index, m.Length);
                    }
                }
            }
            // Past the digits that follow an ASCII digit: no amount starts there (MayStartAmount).
            position = digit + 1;
            while (position < text.Length && char.IsAsciiDigit(text[position - 1]))
            {
                position++;
            }
        }
        return null;
    }

    /// <summary>What <see cref="BareNumberAt"/> returns when the pattern must decide, and when no amount starts there.</summary>
    internal const int AskPattern = 0, NoAmount = -1;

    /// <summary>
    /// The length of the <see cref="MoneyScanPattern"/> match at the digit <paramref name="at"/> when it is a bare number that nothing
    /// around can extend ("5 years", "40+", "100%", "2023."); <see cref="NoAmount"/> when a word goes on from the digits ("2nd", "10x",
    /// "3952ef"), so that no match starts there; else <see cref="AskPattern"/>. An attempt of the pattern costs about 450 ns even on a
    /// bare number (its generated matcher is some 10,000 lines), a third of the salary step on HN (2026-12-07). Only ASCII is decided
    /// here. With an ASCII character before the digits that the lookbehind accepts (so no currency prefix either), the pattern's
    /// number is the digits or a shorter run of them (there is no separator among them), and:
    /// <list type="bullet">
    /// <item>a word right after them that is no multiplier, currency or range word (<see cref="WordMayFollowAmount"/>) leaves every
    /// length of the number before a letter or digit, where the final <c>(?![\w])</c> fails;</item>
    /// <item>",", ".", "'" or "’" before a non-digit begins no decimal or group of thousands, and another ASCII mark, or a space
    /// before such a word or before a mark that begins nothing (no digit, whitespace or <see cref="AfterAmountStarts"/>), leaves every
    /// optional part unmatched: the match is all the digits.</item>
    /// </list>
    /// </summary>
    internal static int BareNumberAt(string text, int at)
    {
        if (at > 0 && (text[at - 1] >= 128 || char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '.' or ',' or '/'))
        {
            return AskPattern;
        }
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        if (end == at || end + 1 >= text.Length)
        {
            return AskPattern;
        }
        var next = text[end];
        var after = text[end + 1];
        if (char.IsAsciiLetter(next))
        {
            return WordMayFollowAmount(text, end) ? AskPattern : NoAmount;
        }
        if (next is ',' or '.' or '\'' or '’')
        {
            return char.IsDigit(after) ? AskPattern : end - at;
        }
        if (next == ' ' && char.IsAsciiLetter(after))
        {
            return WordMayFollowAmount(text, end + 1) ? AskPattern : end - at;
        }
        if (next == ' ')
        {
            return after < 128 && !char.IsWhiteSpace(after) && !char.IsAsciiDigit(after) && !AfterAmountStarts.Contains(after) ? end - at : AskPattern;
        }
        return next < 128 && !char.IsWhiteSpace(next) && !AfterAmountStarts.Contains(next) ? end - at : AskPattern;
    }

    /// <summary>
    /// The ASCII characters other than letters that can begin what follows a number in <see cref="MoneyScanPattern"/>: a currency
    /// ("$"), a period before a range ("/hr"), a range join ("-", "~"), and "_", a word character.
    /// </summary>
    private static readonly SearchValues<char> AfterAmountStarts = SearchValues.Create("$/-~_");

    /// <summary>
    /// The words that can follow a number in <see cref="MoneyScanPattern"/>, each as a whole run of letters (each is followed there
    /// by a boundary, a non-letter, "$" or a space): multipliers, currencies after the amount (<see cref="CurrencyAfter"/>, "US" of
    /// "US dollars" and "CA" of "CA$"), and the range joins "bis", "a" and "do". The pattern is case-sensitive: so is this set.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsAfterAmount = FrozenSet.Create(StringComparer.Ordinal,
        "k", "K", "m", "M", "mm", "mil", "million", "bn", "b", "B", "billion", "thousand", "LPA", "lpa", "lakh", "lakhs", "Lakh", "Lakhs", "lac", "lacs",
        "Lac", "Lacs", "crore", "crores", "Crore", "Crores",
        "USD", "EUR", "GBP", "CHF", "PLN", "zl", "INR", "SEK", "NOK", "DKK", "CAD", "AUD", "NZD", "SGD", "HKD", "JPY", "ILS", "BRL", "MXN", "CZK", "HUF",
        "RON", "ISK", "KRW", "ZAR", "TRY", "TWD", "AED", "SAR", "EGP", "PKR", "NGN", "KES", "VND", "IDR", "MYR", "THB", "UAH", "ARS", "COP", "CLP", "CA",
        "C", "US", "AU", "A", "euro", "euros", "Euro", "Euros", "EURO", "EUROS", "pounds", "Pounds", "dollars", "Dollars",
        "bis", "a", "do").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the run of ASCII letters at <paramref name="start"/>, right after a number or after it and a space, may begin what the
    /// pattern reads after a number: one of <see cref="WordsAfterAmount"/>, a word beginning with "to" or "and" (range joins with no
    /// boundary after them), or a run followed by a character beyond ASCII ("zł", "até", "k€"), left to the pattern.
    /// </summary>
    internal static bool WordMayFollowAmount(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(start, end - start);
        return (end < text.Length && text[end] >= 128) || word.StartsWith("to", StringComparison.Ordinal) ||
            word.StartsWith("and", StringComparison.Ordinal) || WordsAfterAmount.Contains(word);
    }

    /// <summary>
    /// The first two characters of every <see cref="CurrencyBefore"/> currency that begins with a letter but "R" (the rand, "R" before
    /// a digit or a space): where a letter begins none, no amount begins (an attempt of the pattern there cost as much as at a number).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyPrefixes = FrozenSet.Create(StringComparer.Ordinal,
        "US", "U.", "CA", "C$", "AU", "A$", "NZ", "S$", "SG", "HK", "EU", "GB", "CH", "PL", "zł", "IN", "Rs", "SE", "NO", "DK", "JP", "IL", "BR",
        "R$", "MX", "CZ", "HU", "RO", "IS", "KR", "ZA", "TR", "TW", "AE", "SA").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>False where a letter begins no currency of <see cref="CurrencyBefore"/> (so no amount); true for every other character.</summary>
    internal static bool MayBeginCurrency(string text, int at)
    {
        if (!char.IsAsciiLetter(text[at]))
        {
            return true;
        }
        if (at + 1 >= text.Length)
        {
            return false;
        }
        return CurrencyPrefixes.Contains(text.AsSpan(at, 2)) || (text[at] == 'R' && (text[at + 1] == ' ' || char.IsDigit(text[at + 1])));
    }

    /// <summary>The first characters of <see cref="CurrencyBefore"/>'s currencies: with a digit, where an amount can begin.</summary>
    private static readonly SearchValues<char> CurrencyStarts = SearchValues.Create("$€£¥₹₪ABCDEGHIJKMNPRSTUZz");

    /// <summary>
    /// False where no amount begins: at a character that begins no number or currency, or right after a letter, digit, "_", ".",
    /// "," or "/" (ASCII), which <see cref="NotAfterWordOrNumber"/> turns away; the pattern decides the rest.
    /// </summary>
    private static bool MayStartAmount(string text, int at)
    {
        var c = text[at];
        if (!CurrencyStarts.Contains(c) && !AnchoredPattern.DecimalDigitValues.Contains(c))
        {
            return false;
        }
        return at == 0 || !(char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '.' or ',' or '/');
    }

    /// <summary>
    /// Whether the amount at <paramref name="index"/> is offered as an alternative to the range before it, on the same line: "8 000 -
    /// 10 000 PLN (UoP) or 10 000 - 13 000 PLN + VAT (B2B)". Such a range has the period of the one before when it states none.
    /// </summary>
    private static bool AlternativeRange(string text, ParsedSalary previous, int index) =>
        index > previous.End && index - previous.End <= MaxAlternativeGap && AlternativeJoin().IsMatch(text.AsSpan(previous.End, index - previous.End));

    private const int MaxAlternativeGap = 40;

    /// <summary>What joins two ranges offered as alternatives: a bracket naming the contract at most, then "or", "/" or a comma.</summary>
    [GeneratedRegex(@"^[^\S\n]*(?:\+[^\S\n]*VAT[^\S\n]*)?(?:\([^()\n]{1,24}\))?[^\S\n]*(?:or|/|,)[^\S\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeJoin();

    private ParsedSalary? TryRead(string text, Match m, string? defaultCurrency, bool inHeader, bool field, PayPeriod? carried = null)
    {
        var hasB = m.Groups[BNum].Success;
        var prefix = Currency(m.Groups[APre].Value) ?? Currency(m.Groups[BPre].Value);
        var suffix = Currency(m.Groups[APost].Value) ?? Currency(m.Groups[BPost].Value);
        // A bare "$" is USD unless a code names the dollar: "$140k CAD".
        var bareDollar = m.Groups[APre].Value == "$" || (!m.Groups[APre].Success && m.Groups[BPre].Value == "$");
        var currency = bareDollar && suffix is not null ? suffix : prefix ?? suffix;
        if (bareDollar && suffix is null && DollarCodeAfter().Match(text, m.Index + m.Length) is { Success: true } code)
        {
            currency = code.Groups["code"].Value.ToUpperInvariant(); // "$35 - $45 an hour CAD"
        }
        else if (bareDollar && suffix is null && defaultCurrency is { } local && rates.LocalDollars.Contains(local))
        {
            // "Melbourne (Australia) | $91,418 to $103,725 + super": a bare "$" where every place of the posting pays in its own dollar.
            currency = local;
        }
        if (currency is null && BracketedCodeAfter().Match(text, m.Index + m.Length) is { Success: true } bracketed && rates.Knows(bracketed.Groups["code"].Value))
        {
            currency = bracketed.Groups["code"].Value; // "60k-80k (EUR)", "70-90k (USD)"
        }
        var multA = Multiplier(m.Groups[AMult].Value, currency);
        var multB = Multiplier(m.Groups[BMult].Value, currency);
        if (multA is null || multB is null)
        {
            return null; // millions or billions: funding and market sizes, never a salary here.
        }
        var hasK = multA > 1 || multB > 1;
        if (currency is null && IsIndianUnit(m.Groups[AMult].Value) | IsIndianUnit(m.Groups[BMult].Value))
        {
            // Lakhs and crores are Indian units: "25-40 LPA" (lakhs per annum) is pay in rupees; "8-12 lakhs" is when a pay word says
            // so ("10 lac graduates a year" is a count).
            if (SaysLpa(m))
            {
                currency = "INR";
            }
            else
            {
                defaultCurrency = "INR";
            }
        }
        if (currency is null && !hasB && m.Groups[AMult].Value is "k" or "K" && m.Groups[ANum].Value == "401")
        {
            return null; // "health, dental, 401k": the US retirement plan, not an amount.
        }
        var grouped = !hasK && currency is null && IsGrouped(m.ValueSpan);
        if (currency is null && (defaultCurrency is null || !(hasK || grouped || field)))
        {
            // Read below: an amount without a currency counts only in k notation, in groups of thousands or as a header field of its
            // own, and in a posting with one currency. Most numbers in a text ("5+ years", "2023") end here, before their clause is
            // searched for cues.
            return null;
        }
        // Cues are read within the amount's own sentence: "We raised $20M.\nSenior: $190k" and "$150k. Daily standups" must not
        // lend the neighbouring sentence's words to the amount.
        var before = Window(text, ClauseStart(text, m.Index - CueWindowBefore, m.Index), m.Index);
        if (grouped && !field && !PayCue().IsMatch(before))
        {
            return null; // "5,000 customers": groups of thousands count only after a pay word, tested before anything dearer
        }
        if (!TryNumber(m.Groups[ANum].Value, out var a) || (hasB && !TryNumber(m.Groups[BNum].Value, out _)))
        {
            return null;
        }
        var b = a;
        if (hasB)
        {
            TryNumber(m.Groups[BNum].Value, out b);
        }
        // "150-180k": the multiplier written once applies to both ends; "$150k - 180" likewise.
        if (hasB && multA == 1 && multB > 1 && a < 1000)
        {
            multA = multB;
        }
        if (hasB && multB == 1 && multA > 1 && b < 1000)
        {
            multB = multA;
        }
        // Without trailing zeros: "4.5k" is 4500, not 4500.0.
        var min = (a * multA.Value) / 1.000000000000000000000000000000000m;
        var max = hasB ? (b * multB.Value) / 1.000000000000000000000000000000000m : min;
        if (min > max)
        {
            (min, max) = (max, min);
        }
        if (min <= 0)
        {
            return null;
        }

        var afterStart = m.Index + m.Length;
        var after = Window(text, afterStart, ClauseEnd(text, afterStart, afterStart + CueWindowAfter));
        var period = SaysLpa(m) ? PayPeriod.Year : ReadPeriod(after, before) ?? (hasK ? null : carried);
        var hasPayCue = PayCue().IsMatch(before) || PayCue().IsMatch(after);

        if (currency is null)
        {
            // Without a currency only "Salary: 150-180k" counts (k notation and a pay word in the same clause, or a k range in a
            // "Company | Role | Place | 130-200k" header, followed by "+ equity", or in brackets after a role: "Senior Node.js
            // (120k-170k)"), and "Salary: 150,000 - 180,000 per year" (groups of thousands after a pay word), in the currency of the
            // posting's countries; a bare number is anything.
            var rangeLooksPaid = hasB && (inHeader || PlusRewardAfter().IsMatch(after) || (before.EndsWith('(') && after.StartsWith(')')));
            var paid = hasK ? hasPayCue || rangeLooksPaid : (field && min >= 20_000) || PayCue().IsMatch(before);
            if (defaultCurrency is null || !paid)
            {
                return null;
            }
            currency = defaultCurrency;
        }
        if (IsNotPay(before, after, period) || VariablePayBefore().IsMatch(before) || RevenueBefore().IsMatch(before) || IsExtraHoursPay(before) || IsExtraHoursPay(ListHeading(text, m.Index)))
        {
            return null;
        }
        if (period is null)
        {
            if (hasK || max >= 20_000)
            {
                period = PayPeriod.Year;
            }
            else
            {
                return null; // extraction.md: a small amount with no period is not read as pay.
            }
        }
        if (!IsPlausible(min, max, currency, period.Value, hasB || hasPayCue || hasK, hasPayCue))
        {
            return null;
        }
        return Salary(min, max, currency, period.Value, m.Index, m.Index + m.Length);
    }

    /// <summary>A stated range with its annual USD figures (null for a currency the rate table lacks) and its span.</summary>
    private ParsedSalary Salary(decimal min, decimal max, string currency, PayPeriod period, int start, int end)
    {
        var factor = AnnualFactor(period);
        var annualMin = rates.ToUsd(min * factor, currency);
        var annualMax = rates.ToUsd(max * factor, currency);
        return new ParsedSalary(new SalaryRange(min, max, currency, period,
            annualMin is { } lo ? decimal.Round(lo, 0) : null, annualMax is { } hi ? decimal.Round(hi, 0) : null), start, end);
    }

    /// <summary>"$(160-190)k": a range in brackets between its currency sign and its multiplier.</summary>
    [GeneratedRegex(@"(?<![\w$€£])(?<cur>[$€£])\((?<a>\d{2,3})[^\S\n]?[-–][^\S\n]?(?<b>\d{2,3})\)[^\S\n]?[kK](?![a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedThousands();

    /// <summary>
    /// Whether the text holds a sign right before a bracket, as every <see cref="BracketedThousands"/> match does: a walk over its
    /// brackets (a <c>SearchValues&lt;string&gt;</c> of these non-ASCII needles falls back to a per-character lookup, 4 times the
    /// salary step's time on HN, 2026-12-07).
    /// </summary>
    private static bool HasSignBeforeBracket(string text)
    {
        for (var i = text.IndexOf('(', 1); i > 0; i = text.IndexOf('(', i + 1))
        {
            if (text[i - 1] is '$' or '€' or '£')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds the <see cref="BracketedThousands"/> ranges of the text to <paramref name="results"/>, in order of appearance.</summary>
    private void AddBracketedThousands(string text, List<ParsedSalary> results)
    {
        if (!HasSignBeforeBracket(text))
        {
            return;
        }
        foreach (Match m in BracketedThousands().Matches(text))
        {
            var before = Window(text, ClauseStart(text, m.Index - CueWindowBefore, m.Index), m.Index);
            var afterStart = m.Index + m.Length;
            var after = Window(text, afterStart, ClauseEnd(text, afterStart, afterStart + CueWindowAfter));
            var period = ReadPeriod(after, before);
            if (IsNotPay(before, after, period) || VariablePayBefore().IsMatch(before))
            {
                continue;
            }
            var currency = Currency(m.Groups["cur"].Value)!;
            var salary = Salary(int.Parse(m.Groups["a"].ValueSpan, CultureInfo.InvariantCulture) * 1000m,
                int.Parse(m.Groups["b"].ValueSpan, CultureInfo.InvariantCulture) * 1000m, currency, period ?? PayPeriod.Year, m.Index, m.Index + m.Length);
            var at = results.FindIndex(r => r.Start > m.Index);
            results.Insert(at < 0 ? results.Count : at, salary);
        }
    }

    /// <summary>Rewards that follow base pay: "100k-180k + options", "120-150k plus equity".</summary>
    [GeneratedRegex(@"^\s*(?:\+|plus)\s*(?:generous\s+|early\s+)?(?:equity|options|stock(?:\s+options)?|shares|bonus|benefits|RSUs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlusRewardAfter();

    // "OTE $180,000", "total compensation of $250k", "per diem of $75/day": pay that is not base pay, named right before the amount.
    [GeneratedRegex(@"\b(?:ote|on[\s-]target(?:\s+earnings)?|total\s+comp(?:ensation)?|tc|per\s+diem|commissions?|variable(?:\s+pay)?|bonus(?:es)?|equity)\s*[:=(]?\s*(?:of\s+|is\s+|up\s+to\s+|around\s+|~\s*)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VariablePayBefore();

    /// <summary>
    /// Pay for hours beyond the job's own, with the pay word that may follow it: "on-call allowance", "overtime rate", "standby pay".
    /// </summary>
    [GeneratedRegex(@"\b(?:on[\s-]call|overtime|stand[\s-]?by|night\s+shifts?|weekend\s+shifts?)(?:\s+(?:pay|rate|allowance|compensation|remuneration|bonus))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtraHoursCue();

    /// <summary>
    /// True when on-call, overtime or standby pay is named in the amount's clause before it and no pay word comes after that
    /// name: "Remuneration for on-call: week: 100 PLN/night, weekend: 200 PLN/day" is not base pay; "on-call rotation, salary
    /// $150k" is.
    /// </summary>
    private static bool IsExtraHoursPay(string before)
    {
        var extra = LastMatchEnd(ExtraHoursCue(), before);
        return extra >= 0 && extra >= LastMatchEnd(PayCue(), before);
    }

    /// <summary>Most lines of a list between an amount and the heading above it ("Remuneration for on-call:").</summary>
    private const int MaxListLinesAbove = 5;

    /// <summary>
    /// The heading of the list whose line holds <paramref name="position"/>: the nearest line above ending with ":", reached over
    /// at most <see cref="MaxListLinesAbove"/> lines without a blank one; "" when there is none.
    /// </summary>
    private static string ListHeading(string text, int position)
    {
        var lineStart = position > 0 ? text.LastIndexOf('\n', position - 1) + 1 : 0;
        for (var lines = 0; lines < MaxListLinesAbove && lineStart > 0; lines++)
        {
            var previousEnd = lineStart - 1;
            var previousStart = previousEnd > 0 ? text.LastIndexOf('\n', previousEnd - 1) + 1 : 0;
            var line = text.AsSpan(previousStart, previousEnd - previousStart).Trim();
            if (line.IsEmpty)
            {
                return "";
            }
            if (line[^1] == ':')
            {
                return line.ToString();
            }
            lineStart = previousStart;
        }
        return "";
    }

    public static int AnnualFactor(PayPeriod period) => period switch
    {
        PayPeriod.Hour => HoursPerYear,
        PayPeriod.Day => DaysPerYear,
        PayPeriod.Week => WeeksPerYear,
        PayPeriod.Month => MonthsPerYear,
        _ => 1,
    };

    private bool IsPlausible(decimal min, decimal max, string currency, PayPeriod period, bool hasSalaryShape, bool hasPayCue)
    {
        var annualUsd = rates.ToUsd(max * AnnualFactor(period), currency);
        if (annualUsd is null)
        {
            return hasSalaryShape;
        }
        // Below ~$5k/year or above $2.5M/year a stated amount is a price, a fee or a fund, not a base salary. A pay word beside it
        // ("Salary: 3-4 LPA", "Salary: ₹30,000/month", "15,000 EGP monthly salary") lowers the floor to ~$1k: pay in India, Egypt or
        // Pakistan is often below $5k a year.
        var lowUsd = rates.ToUsd(min * AnnualFactor(period), currency) ?? 0;
        var floor = hasPayCue && rates.LowPayCurrencies.Contains(currency) ? MinAnnualUsdWithPayWord : MinAnnualUsd;
        return lowUsd >= floor && annualUsd <= 2_500_000 && max <= min * 4;
    }

    /// <summary>
    /// A verb of money that is not pay right before the amount, with at most a few words between: "save our customers", "worth",
    /// "raised over", "costs about", "generates".
    /// </summary>
    [GeneratedRegex(@"\b(?:save[sd]?|saving|raised?|generat(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|(?<!\b(?:salary|compensation|package|pay)\s+)worth|process(?:es|ed|ing)?|costs?|costing|priced\s+at)\s+(?:(?:our|their|your|the|a|an|customers?|clients?|users?|companies|businesses|teams?|them|us|you|over|about|around|roughly|nearly|almost|more\s+than|up\s+to|~)\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyVerbBefore();

    /// <summary>
    /// Every <see cref="MoneyVerbBefore"/> and <see cref="OthersEarnBefore"/> match holds one of these: the few windows before an
    /// amount that hold none are not searched (the two patterns over every window cost the salary stage a third, 2026-12-07).
    /// </summary>
    private static readonly SearchValues<string> MoneyVerbStems = SearchValues.Create(
        ["save", "saving", "raise", "generat", "spen", "worth", "process", "cost", "priced", "earn", "make", "making", "charg", "paid", "take home", "bill"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What the users of the employer's product earn or charge, not what the hire is paid: "Our drivers earn $30 per hour", "We help
    /// freelancers earn over $80,000 a year", "the average tutor on our marketplace charges $40/hour".
    /// </summary>
    [GeneratedRegex(@"\b(?:drivers?|couriers?|riders?|caregivers?|carers?|nurses?|doctors?|physicians?|clinicians?|teachers?|tutors?|freelancers?|creators?|users?|customers?|clients?|sellers?|hosts?|artists?|musicians?|cleaners?|therapists?|coaches?|merchants?|shoppers?|patients?|students?|families|landlords?)\b[^.!?;\n]{0,40}?\b(?:earn(?:s|ed|ing)?|make|makes|making|charge[sd]?|charging|are\s+paid|get\s+paid|take\s+home|bill)\b[^.!?;\n]{0,24}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OthersEarnBefore();

    /// <summary>The least a year's pay can be in USD: anywhere, and in a currency of <see cref="ExchangeRates.LowPayCurrencies"/> with a pay word beside it.</summary>
    private const decimal MinAnnualUsd = 5_000, MinAnnualUsdWithPayWord = 1_000;

    /// <summary>
    /// Currencies of countries where a software salary can be below $5k a year (entry pay and internships in India, Pakistan, Egypt,
    /// Nigeria, Kenya, Vietnam, Indonesia, the Philippines, Ukraine, Latin America, Turkey): there "$1,200 a year" would still be a
    /// price, but "Salary: 3-4 LPA" is pay.
    /// </summary>

    private static bool IsNotPay(string before, string after, PayPeriod? period)
    {
        if (before.AsSpan().IndexOfAny(MoneyVerbStems) >= 0 && (MoneyVerbBefore().IsMatch(before) || OthersEarnBefore().IsMatch(before)))
        {
            // "save our customers $20,000 per year", "(worth $12,000 per year)", "our drivers earn $30 per hour": a period does not
            // make it the hire's pay.
            return true;
        }
        // The cue closest to the amount decides: "raised $31m" vs "salary: $150k (we raised a Series A)".
        var notPayBefore = LastMatchEnd(NotPayCue(), before);
        var payBefore = LastMatchEnd(PayCue(), before);
        var notPayAfter = FirstMatchStart(NotPayCue(), after);
        var payAfter = FirstMatchStart(PayCue(), after);
        var firstWord = after.Length - after.TrimStart().Length;
        // "Base Salary: $90,000 - $120,000 Equity: 0.2%": words after the amount that label the next field say nothing of this money.
        var labelsNextField = NextLabel().IsMatch(after);
        if (!labelsNextField && notPayAfter >= 0 && notPayAfter == firstWord && (payAfter < 0 || payAfter > notPayAfter))
        {
            return true; // the next word says what the money is: "$20k bonus", "$5k equity", "$2B market"; not "$150k + equity"
        }
        if (!labelsNextField && NamesNotPay(after))
        {
            return true; // "$20,000 annual bonus", "$23,000 learning budget"
        }
        if (notPayBefore >= 0 && notPayBefore > payBefore && before.Length - notPayBefore < 25 && period is null)
        {
            return true; // "raised $31m", "budget of $5,000"
        }
        return false;
    }

    /// <summary>
    /// True when the words right after an amount, up to the first connective ("plus", "and", "+", ","), name money that is not pay
    /// and no pay word comes first; a period word ("annual") does not make a bonus pay.
    /// </summary>
    private static bool NamesNotPay(string after)
    {
        var phrase = LeadingPhrase().Match(after);
        if (!phrase.Success)
        {
            return false;
        }
        var notPay = NotPayCue().Match(phrase.Value);
        if (!notPay.Success)
        {
            return false;
        }
        foreach (Match pay in PayCue().Matches(phrase.Value))
        {
            if (pay.Index < notPay.Index && !PayPeriodWords.IsAdjective(pay.Value))
            {
                return false;
            }
        }
        return true;
    }

    // Up to three words can still say what an amount is ("one-time signing bonus", "L+D budget"); a connective ends the phrase.
    [GeneratedRegex(@"^\s*(?:(?!(?:plus|and|or|with|in|of|for|to|per|from|depending|including|incl|doe|at|on|as|if|but|which|that)\b)[A-Za-z][A-Za-z'+&-]*\s*){1,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPhrase();

    /// <summary>A dollar's code a few words after the amount, in the same clause: "$35 - $45 an hour CAD", "$120k (AUD)".</summary>
    [GeneratedRegex(@"\G[^.\n;|$\d]{0,20}?\b(?<code>CAD|AUD|NZD|SGD|HKD|USD)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DollarCodeAfter();

    /// <summary>A currency code in brackets right after an amount written without one: "60k-80k (EUR)".</summary>
    [GeneratedRegex(@"\G[^\S\n]?\((?<code>[A-Z]{3})\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCodeAfter();

    /// <summary>Money a business takes in, said right before the amount, with or without a period: "brings in more than $200k/yr".</summary>
    [GeneratedRegex(@"\b(?:brings?\s+in|bringing\s+in|generat(?:e|es|ed|ing)|revenues?|turnover|arr|mrr)\b(?:\s+[a-z]+){0,3}\s*(?:of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueBefore();

    /// <summary>One to three words and a colon right after an amount: the label of the next field ("Equity: 0.2%").</summary>
    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,2}\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex NextLabel();

    /// <summary>A period offered as an alternative, not the amount's own: "$90k to $135k (or hourly equivalent)".</summary>
    [GeneratedRegex(@"\bor\s+(?:the\s+|an?\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeBefore();

    // Enumerated as value matches: the cues are searched for every candidate amount, and a Match object each was most of this
    // stage's allocation.
    private static int LastMatchEnd(Regex regex, string s)
    {
        var end = -1;
        foreach (var x in regex.EnumerateMatches(s))
        {
            end = x.Index + x.Length;
        }
        return end;
    }

    private static int FirstMatchStart(Regex regex, string s)
    {
        foreach (var x in regex.EnumerateMatches(s))
        {
            return x.Index;
        }
        return -1;
    }

    private static PayPeriod? ReadPeriod(string after, string before)
    {
        var p = PeriodCue().Match(after);
        // Not past another amount: in "£85k / £2,200 per month" the month is the second amount's. Tax and contract words between
        // the amount and its period do not count to the distance: "18 000 zł netto + VAT / mies.", "PLN net + VAT (B2B) per month".
        var terms = p.Success ? PayTerms().Match(after).Length : 0;
        if (p.Success && p.Index <= 12 + terms && p.Index >= terms && !AlternativeBefore().IsMatch(after.AsSpan(0, p.Index)) &&
            !after.AsSpan(terms, p.Index - terms).ContainsAnyInRange('0', '9'))
        {
            return PeriodWord(p);
        }
        // "hourly rate of $90", "Monthly salary: 15 000 PLN"
        var q = PeriodCue().Matches(before);
        if (q.Count > 0)
        {
            var last = q[^1];
            // "Annual bonus of up to $20,000": the period word qualifies the bonus, not the amount.
            if (before.Length - (last.Index + last.Length) < 20 && !NotPayCue().IsMatch(before[last.Index..]) &&
                PayPeriodWords.IsAdjective(last.Groups["p"].Value))
            {
                return PeriodWord(last);
            }
        }
        return null;
    }

    /// <summary>Tax and contract terms right after an amount: "netto", "+ VAT", "(B2B)", "gross", "brutto".</summary>
    [GeneratedRegex(@"^(?:[^\S\n]*(?:\+[^\S\n]*)?(?:\(\s*)?(?:netto|brutto|net|gross|vat|b2b|uop|brut|neto|bruto|lordo|before\s+tax|pre-tax)\b\.?(?:\s*\))?)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayTerms();

    private static PayPeriod? PeriodWord(Match p)
    {
        return p.Groups["p"].Success ? PayPeriodWords.Of(p.Groups["p"].Value) : PayPeriod.Year;
    }

    /// <summary>The start of the sentence, line or "|" field holding <paramref name="position"/>, but not before <paramref name="from"/>.</summary>
    private static int ClauseStart(string text, int from, int position)
    {
        from = Math.Max(0, from);
        for (var i = Math.Min(position, text.Length) - 1; i >= from; i--)
        {
            if (text[i] is '\n' or '|' || (text[i] is '.' or '!' or '?' && i + 1 < position && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }
        return from;
    }

    /// <summary>The end of the sentence, line or "|" field from <paramref name="position"/> (keeping a final "." as in "p.a."), at most <paramref name="to"/>.</summary>
    private static int ClauseEnd(string text, int position, int to)
    {
        to = Math.Min(to, text.Length);
        for (var i = position; i < to; i++)
        {
            if (text[i] is '\n' or '|')
            {
                return i;
            }
            if (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }
        return to;
    }

    private static string Window(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    /// <summary>
    /// The factor of a k/m suffix. Millions are pay only in currencies whose salaries run to millions ("¥7M", "₹24 lakh" is not
    /// read); elsewhere an "m" or "B" amount is funding or a market size.
    /// </summary>
    private static decimal? Multiplier(string mult, string? currency) => mult switch
    {
        "" => 1,
        "k" or "K" or "thousand" => 1000,
        // Indian numbering: a lakh is 100,000 (LPA: lakhs per annum), a crore 100 lakhs.
        _ when IsLakh(mult) => 100_000,
        _ when IsCrore(mult) => 10_000_000,
        "m" or "M" or "mil" or "million" when currency is "JPY" or "KRW" or "HUF" or "ISK" or "CLP" or "COP" or "IDR" or "VND" or "INR" => 1_000_000,
        _ => null,
    };

    private static bool IsIndianUnit(string mult) => IsLakh(mult) || IsCrore(mult);

    /// <summary>"lakh(s)", "lac(s)" or "LPA", as <see cref="MultiplierWords"/> reads them.</summary>
    private static bool IsLakh(string mult) =>
        IsLpa(mult) || mult.StartsWith("lakh", StringComparison.OrdinalIgnoreCase) || mult.StartsWith("lac", StringComparison.OrdinalIgnoreCase);

    private static bool IsCrore(string mult) => mult.StartsWith("crore", StringComparison.OrdinalIgnoreCase);

    /// <summary>"LPA": lakhs per annum, a unit and a period.</summary>
    private static bool IsLpa(string mult) => mult is "LPA" or "lpa";

    private static bool SaysLpa(Match m) => IsLpa(m.Groups[AMult].Value) || IsLpa(m.Groups[BMult].Value);

    /// <summary>Reads "120,000", "120.000", "120 000", "120'000" (Swiss), "85.5", "85,50" (decimal comma) as a number.</summary>
    private static bool TryNumber(string raw, out decimal value)
    {
        var s = raw.Replace('\u00a0', ' ').Replace('\u202f', ' ');
        var groups = s.Split([',', '.', ' ', '\'', '’']);
        if (groups.Length > 2 && s.Contains(',', StringComparison.Ordinal) && groups[^1].Length == 3 && groups[1..^1].All(g => g.Length == 2))
        {
            // Indian grouping: "18,00,000" is 1,800,000.
            return decimal.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3))
        {
            return decimal.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
        if (groups.Length > 2 && groups[^1].Length <= 2 && groups[1..^1].All(g => g.Length == 3))
        {
            // "120,000.50" or "120.000,50"
            var whole = string.Concat(groups[..^1]);
            return decimal.TryParse(whole + "." + groups[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        return decimal.TryParse(s.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string? Currency(string token) => token switch
    {
        "" => null,
        "$" or "US$" or "USD" => "USD",
        "CA$" or "C$" or "CAD" => "CAD",
        "AU$" or "A$" or "AUD" => "AUD",
        "NZ$" or "NZD" => "NZD",
        "S$" or "SGD" => "SGD",
        "HK$" or "HKD" => "HKD",
        "€" or "EUR" or "k€" or "euro" or "euros" or "Euro" or "Euros" or "EURO" or "EUROS" => "EUR",
        "£" or "GBP" or "pounds" or "Pounds" => "GBP",
        "dollars" or "Dollars" or "US dollars" or "US Dollars" => "USD",
        "zł" or "zl" or "PLN" => "PLN",
        "₹" or "INR" or "Rs" or "Rs." => "INR",
        "¥" or "JPY" => "JPY",
        "₪" or "ILS" => "ILS",
        "R$" or "BRL" => "BRL",
        "R" => "ZAR", // South Africa: "R900,000 - R1,200,000", "R 65 000"
        _ when token.StartsWith("U.S.", StringComparison.Ordinal) => "USD",
        // "CAD $110,000", "NZD$120k": the code names the dollar.
        _ when token.Length >= 4 && token[^1] == '$' && char.IsAsciiLetterUpper(token[0]) => token[..3],
        _ => token.ToUpperInvariant(),
    };
}

/// <summary>A salary read from text with the span [Start, End) that states it.</summary>
public sealed record ParsedSalary(SalaryRange Range, int Start, int End);
