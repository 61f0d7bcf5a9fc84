using RoleScope.Core.Domain;

namespace RoleScope.Web.Components.Shared;

/// <summary>Cuts the normalised text into plain runs and highlighted evidence spans (rendered HTML-encoded by the page).</summary>
internal static class Highlights
{
    /// <summary>The evidence fields the posting page marks.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal) { "skills", "salaries", "seniority", "work_mode", "countries" };

    public static IReadOnlyList<Part> Split(string text, IReadOnlyList<Evidence> evidence)
    {
        var parts = new List<Part>();
        var at = 0;
        // Spans in text order; a span overlapping one already marked is left out (the first, leftmost, wins).
        foreach (var e in evidence.Where(e => Fields.Contains(e.Field) && e.Start >= 0 && e.End <= text.Length && e.End > e.Start)
                     .OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            if (e.Start < at)
            {
                continue;
            }
            if (e.Start > at)
            {
                parts.Add(new Part(text[at..e.Start], null, null));
            }
            parts.Add(new Part(text[e.Start..e.End], e.Field, e.Value));
            at = e.End;
        }
        if (at < text.Length)
        {
            parts.Add(new Part(text[at..], null, null));
        }
        return parts;
    }

    public sealed record Part(string Text, string? Field, string? Value);
}
