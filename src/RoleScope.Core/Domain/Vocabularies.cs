namespace RoleScope.Core.Domain;

/// <summary>The kind of role (extraction.md, vocabulary <c>family</c>).</summary>
public enum RoleFamily
{
    Other,
    Backend,
    Fullstack,
    Frontend,
    Mobile,
    Devops,
    Data,
    Ml,
    Security,
    Qa,
    Embedded,
    Management,
    Design,
    Product,
}

/// <summary>Seniority of a role (extraction.md). <see cref="Unknown"/> is never guessed as mid.</summary>
public enum Seniority
{
    Unknown,
    Intern,
    Entry,
    Mid,
    Senior,
    Staff,
    Principal,
}

/// <summary>The most flexible arrangement a posting offers.</summary>
public enum WorkMode
{
    Unknown,
    Remote,
    Hybrid,
    Onsite,
}

public enum PayPeriod
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Seniority bands used in analytics: early (intern, entry), mid, senior (senior, staff, principal).</summary>
public enum SeniorityBand
{
    Unknown,
    Early,
    Mid,
    Senior,
}

public static class Vocabulary
{
    public static string Name(this RoleFamily family) => family.ToString().ToLowerInvariant();
    public static string Name(this Seniority seniority) => seniority.ToString().ToLowerInvariant();
    public static string Name(this WorkMode mode) => mode.ToString().ToLowerInvariant();
    public static string Name(this PayPeriod period) => period.ToString().ToLowerInvariant();

    public static SeniorityBand Band(this Seniority seniority) => seniority switch
    {
        Seniority.Intern or Seniority.Entry => SeniorityBand.Early,
        Seniority.Mid => SeniorityBand.Mid,
        Seniority.Senior or Seniority.Staff or Seniority.Principal => SeniorityBand.Senior,
        _ => SeniorityBand.Unknown,
    };

    /// <summary>Display name as articles use it ("Full-Stack", "DevOps").</summary>
    public static string DisplayName(this RoleFamily family) => family switch
    {
        RoleFamily.Fullstack => "Full-Stack",
        RoleFamily.Devops => "DevOps",
        RoleFamily.Ml => "ML/AI",
        RoleFamily.Qa => "QA",
        _ => family.ToString(),
    };

    public static bool TryParseFamily(string? text, out RoleFamily family)
    {
        family = RoleFamily.Other;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var key = text.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        key = key switch
        {
            "back" or "backenddeveloper" => "backend",
            "fullstackdeveloper" => "fullstack",
            "front" or "frontenddeveloper" => "frontend",
            "sre" or "platform" => "devops",
            "ai" or "machinelearning" => "ml",
            "test" or "testing" => "qa",
            _ => key,
        };
        return Enum.TryParse(key, ignoreCase: true, out family) && Enum.IsDefined(family);
    }

    public static bool TryParseSeniority(string? text, out Seniority seniority) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out seniority) && Enum.IsDefined(seniority);

    public static bool TryParseWorkMode(string? text, out WorkMode mode) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out mode) && Enum.IsDefined(mode);

    public static bool TryParsePeriod(string? text, out PayPeriod period)
    {
        var key = text?.Trim().ToLowerInvariant() switch
        {
            "hourly" or "hr" or "h" => "hour",
            "daily" => "day",
            "weekly" => "week",
            "monthly" or "mo" => "month",
            "yearly" or "annual" or "annually" or "yr" or "y" => "year",
            var other => other,
        };
        return Enum.TryParse(key, ignoreCase: true, out period) && Enum.IsDefined(period);
    }
}
