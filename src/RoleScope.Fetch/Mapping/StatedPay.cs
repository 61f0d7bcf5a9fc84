using System.Globalization;
using RoleScope.Core.Domain;

namespace RoleScope.Fetch.Mapping;

/// <summary>Builds the <see cref="StatedSalary"/> of a source's structured pay fields.</summary>
internal static class StatedPay
{
    /// <summary>extraction.md: an amount with no period that is at least 20,000 is a year.</summary>
    public const decimal YearlyThreshold = 20_000m;

    /// <summary>A salary from min/max (either may be missing); null when neither is a positive amount.</summary>
    /// <param name="inferPeriod">False when the source named a period that has no counterpart (Lever's "bi-week-salary").</param>
    public static StatedSalary? Of(decimal? min, decimal? max, string? currency, PayPeriod? period, bool inferPeriod = true)
    {
        min = min is > 0 ? min : null;
        max = max is > 0 ? max : null;
        if (min is null && max is null)
        {
            return null;
        }
        if (min is { } lo && max is { } hi && lo > hi)
        {
            (min, max) = (hi, lo);
        }
        var code = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        return new StatedSalary(min, max, code, period ?? (inferPeriod ? InferredPeriod(min ?? max!.Value) : null));
    }

    /// <summary>"USD 150,000-180,000 year", the form used in labels and eval reports.</summary>
    public static string Describe(StatedSalary salary)
    {
        ArgumentNullException.ThrowIfNull(salary);
        var amount = salary.Min == salary.Max || salary.Max is null ? Amount(salary.Min)
            : salary.Min is null ? Amount(salary.Max)
            : Amount(salary.Min) + "-" + Amount(salary.Max);
        return string.Join(' ', new[] { salary.Currency, amount, salary.Period?.Name() }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private static PayPeriod? InferredPeriod(decimal amount) => amount >= YearlyThreshold ? PayPeriod.Year : null;

    private static string Amount(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "?";
}
