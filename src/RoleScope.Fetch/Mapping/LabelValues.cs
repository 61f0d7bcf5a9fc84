using System.Text;
using RoleScope.Core.Domain;

namespace RoleScope.Fetch.Mapping;

/// <summary>Turns each source's own words for workplace and employment type into one vocabulary.</summary>
internal static class LabelValues
{
    /// <summary>Lever "on-site", Ashby "OnSite", schema.org "TELECOMMUTE": a work mode, or null when the source says nothing usable.</summary>
    public static WorkMode? WorkMode(string? text)
    {
        var key = Squash(text);
        return key switch
        {
            "remote" or "telecommute" or "fullyremote" => Core.Domain.WorkMode.Remote,
            "hybrid" => Core.Domain.WorkMode.Hybrid,
            "onsite" or "inoffice" or "office" or "inperson" => Core.Domain.WorkMode.Onsite,
            _ => null,
        };
    }

    /// <summary>"FullTime", "Full-time", "FULL_TIME", "full time" all become "full_time"; "Intern"/"INTERN"/"Internship" become "intern".</summary>
    public static string? EmploymentType(string? text)
    {
        var key = Squash(text);
        return key switch
        {
            null or "" => null,
            "fulltime" or "permanent" => "full_time",
            "parttime" => "part_time",
            "contract" or "contractor" or "freelance" => "contract",
            "temporary" or "temp" => "temporary",
            "intern" or "internship" => "intern",
            "volunteer" => "volunteer",
            "perdiem" => "per_diem",
            _ => text!.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_'),
        };
    }

    /// <summary>Distinct non-blank values joined by the label separator, or null.</summary>
    public static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join(PostingLabels.Separator, distinct);
    }

    private static string? Squash(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
