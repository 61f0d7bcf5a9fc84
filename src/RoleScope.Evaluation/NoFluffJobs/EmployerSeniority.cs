using RoleScope.Core.Domain;

namespace RoleScope.Evaluation.NoFluffJobs;

/// <summary>The board's seniority levels in RoleScope's vocabulary, as ../shared/data/README.md states them.</summary>
public static class EmployerSeniority
{
    public static bool TryMap(string? label, out Seniority seniority)
    {
        seniority = label?.Trim() switch
        {
            "Trainee" => Seniority.Intern,
            "Junior" => Seniority.Entry,
            "Mid" => Seniority.Mid,
            "Senior" => Seniority.Senior,
            "Expert" => Seniority.Staff,
            _ => Seniority.Unknown,
        };
        return seniority != Seniority.Unknown;
    }
}
