using System.Globalization;

namespace RoleScope.Synthetic;

/// <summary>
/// Money that is not base pay (funding rounds, market sizes, revenue, stipends, sign-on bonuses): the kind of amount an
/// extractor must not read as salary (extraction.md, "Not salary").
/// </summary>
internal static class MoneyDistractors
{
    public const double BlurbShare = 0.35;
    public const double BenefitShare = 0.30;

    public static string CompanySentence(Random rng, CompanyProfile company)
    {
        var sym = company.MoneySymbol;
        var round = "ABC"[rng.Next(3)];
        return rng.Next(6) switch
        {
            0 => Invariant($"We raised a {sym}{5 + rng.Next(116)}M Series {round} in {2023 + rng.Next(3)}."),
            1 => Invariant($"Last year we closed a {sym}{5 + rng.Next(80)}M Series {round} led by long-time investors."),
            2 => Invariant($"We're going after a {sym}{1 + rng.Next(40)}B market that still runs on spreadsheets."),
            3 => Invariant($"We're profitable, with {sym}{4 + rng.Next(90)}M in annual recurring revenue."),
            4 => Invariant($"Our customers move more than {sym}{1 + rng.Next(9)}B a year through the platform."),
            _ => Invariant($"We're backed by {sym}{2 + rng.Next(14)}M in seed funding from operators we admire."),
        };
    }

    public static string BenefitItem(Random rng, CompanyProfile company)
    {
        var sym = company.MoneySymbol;
        return rng.Next(5) switch
        {
            0 => Invariant($"{sym}{MoneyFormat.Grouped(1000 + (500 * rng.Next(5)), ',')} yearly learning budget"),
            1 => Invariant($"A {sym}{250 * (1 + rng.Next(4))} home-office stipend"),
            2 => Invariant($"A {sym}{MoneyFormat.Grouped(5000 * (1 + rng.Next(4)), ',')} signing bonus"),
            3 => Invariant($"{sym}{50 * (1 + rng.Next(4))} a month for wellness"),
            _ => Invariant($"An annual bonus of up to {10 + (5 * rng.Next(3))}%"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
