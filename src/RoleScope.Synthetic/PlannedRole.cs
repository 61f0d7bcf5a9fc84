using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>
/// One role a posting advertises. <see cref="Actual"/> drives pay; <see cref="Told"/> is what the text lets a reader
/// tell (unknown when neither the title nor the years say it), which is what the labels report.
/// </summary>
internal sealed record PlannedRole(FamilyProfile Profile, Seniority Actual, string Title, Seniority Told, string? ImpliedSkill);
