using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Web.Api;

/// <summary>Parses query values by the vocabularies of extraction.md; a value that does not parse is an error naming its parameter.</summary>
internal static class QueryValues
{
    public static readonly string FamilyNames = string.Join(", ", Enum.GetValues<RoleFamily>().Select(f => f.Name()));

    public static RoleFamily? Family(string? text, string parameter, QueryErrors errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(parameter, "is required: a role family (" + FamilyNames + ").");
            }
            return null;
        }
        if (Vocabulary.TryParseFamily(text, out var family))
        {
            return family;
        }
        errors.Add(parameter, $"unknown family '{text}'. Known: {FamilyNames}.");
        return null;
    }

    public static Seniority? Seniority(string? text, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Vocabulary.TryParseSeniority(text, out var s))
        {
            return s;
        }
        errors.Add("seniority", $"unknown seniority '{text}'. Known: intern, entry, mid, senior, staff, principal, unknown.");
        return null;
    }

    public static WorkMode? WorkMode(string? text, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Vocabulary.TryParseWorkMode(text, out var m))
        {
            return m;
        }
        errors.Add("workMode", $"unknown work mode '{text}'. Known: remote, hybrid, onsite, unknown.");
        return null;
    }

    public static string? Country(string? text, QueryErrors errors, string parameter = "country")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var code = text.Trim().ToUpperInvariant();
        if (code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]))
        {
            return code;
        }
        errors.Add(parameter, $"'{text}' is not an ISO 3166-1 alpha-2 country code (e.g. US, DE).");
        return null;
    }

    public static string? Skill(string? text, QueryErrors errors, string parameter = "skill")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (ExtractionPipeline.Default.Knowledge.Skills.ByName.TryGetValue(text.Trim(), out var entry))
        {
            return entry.Name;
        }
        errors.Add(parameter, $"unknown skill '{text}'. Skills are the canonical names of skills.json (e.g. Kafka, TypeScript, PostgreSQL).");
        return null;
    }

    public static IReadOnlyList<string> Skills(string? commaSeparated, QueryErrors errors, string parameter)
    {
        var skills = new List<string>();
        foreach (var part in (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Skill(part, errors, parameter) is { } s)
            {
                skills.Add(s);
            }
        }
        return skills;
    }

    public static double? Money(string? text, string parameter, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(parameter, $"'{text}' is not a number (annual USD, e.g. 150000).");
            return null;
        }
        if (value < 0)
        {
            errors.Add(parameter, $"must not be negative (got {text}).");
            return null;
        }
        return value;
    }

    public static DateOnly? Date(string? text, string parameter, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(parameter, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }

    public static int Int(string? text, string parameter, int fallback, int min, int max, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(parameter, $"'{text}' is not a whole number.");
            return fallback;
        }
        if (value < min || value > max)
        {
            errors.Add(parameter, $"must be between {min} and {max} (got {value}).");
            return fallback;
        }
        return value;
    }

    public static SeniorityBand? Band(string? text, QueryErrors errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "all":
                return null;
            case "early" or "entry" or "junior":
                return SeniorityBand.Early;
            case "mid":
                return SeniorityBand.Mid;
            case "senior":
                return SeniorityBand.Senior;
            default:
                errors.Add("band", $"unknown band '{text}'. Known: early, mid, senior.");
                return null;
        }
    }
}
