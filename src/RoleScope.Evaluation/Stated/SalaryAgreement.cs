using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Evaluation.Stated;

/// <summary>How the salary a source states in a structured field compares with the ranges extraction reads from the text.</summary>
public enum SalaryVerdict
{
    /// <summary>A range in the text has the stated currency, period, minimum and maximum (within <see cref="SalaryAgreement.Tolerance"/>).</summary>
    Agrees,

    /// <summary>No range matches, but one in the same currency overlaps the stated range once both are annualised.</summary>
    Overlaps,

    /// <summary>The text states pay, none of it in the stated currency and range.</summary>
    Differs,

    /// <summary>The text states no pay at all: the structured field is the only place the salary is.</summary>
    NotInText,
}

public static class SalaryAgreement
{
    /// <summary>Rounding in the text ("$150k" for 149,500) is agreement; 1% is far below any real difference of ranges.</summary>
    public const decimal Tolerance = 0.01m;

    public static SalaryVerdict Compare(StatedSalary stated, IReadOnlyList<SalaryRange> extracted)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(extracted);
        if (extracted.Count == 0)
        {
            return SalaryVerdict.NotInText;
        }
        var low = stated.Min ?? stated.Max ?? 0;
        var high = stated.Max ?? stated.Min ?? 0;
        var sameCurrency = extracted.Where(r => stated.Currency is null || r.Currency == stated.Currency).ToList();
        if (sameCurrency.Any(r => (stated.Period is null || r.Period == stated.Period) && Near(r.Min, low) && Near(r.Max, high)))
        {
            return SalaryVerdict.Agrees;
        }
        var statedFactor = stated.Period is { } p ? SalaryParser.AnnualFactor(p) : 1;
        foreach (var range in sameCurrency)
        {
            var factor = stated.Period is null ? 1 : SalaryParser.AnnualFactor(range.Period);
            if (range.Min * factor <= high * statedFactor * (1 + Tolerance) && range.Max * factor >= low * statedFactor * (1 - Tolerance))
            {
                return SalaryVerdict.Overlaps;
            }
        }
        return SalaryVerdict.Differs;
    }

    private static bool Near(decimal value, decimal expected) =>
        expected == 0 ? value == 0 : Math.Abs(value - expected) <= Math.Abs(expected) * Tolerance;
}
