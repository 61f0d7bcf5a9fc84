using System.Text.RegularExpressions;

namespace RoleScope.Core.Extraction;

// Titles whose bracket lists families: "Software Engineers (Frontend, Backend, Full Stack, DevOps)" names an opening of each.
public sealed partial class RoleFinder
{
    /// <summary>
    /// Replaces each title whose bracket lists two or more families with commas ("Software Engineers (Frontend, Backend, Full
    /// Stack, DevOps)", "Senior Software Engineers (Frontend,Fullstack,Backend)", "Software Engineer (Mobile, Full-Stack and ML)")
    /// by one title per family, the family word after the title's level ("Senior Frontend Software Engineer"), spanning the family
    /// word. Two families joined only by "and", "&amp;" or "or" stay one role: "an engineer (frontend &amp; backend)" is one hire.
    /// </summary>
    private void SplitBracketFamilies(string text, List<TitleSpan> titles)
    {
        for (var i = titles.Count - 1; i >= 0; i--)
        {
            var title = titles[i];
            if (BracketAfter(text, title.End) is not { } bracket || text.AsSpan(bracket.Start, bracket.End - bracket.Start).IndexOf(',') < 0 ||
                BracketFamilies(text, bracket.Start, bracket.End) is not { } families)
            {
                continue;
            }
            var level = LeadingLevel(title.Title, 0, title.Title.Length);
            var role = level is null ? title.Title : WithoutLeadingLevel(title.Title, 0, title.Title.Length);
            titles.RemoveAt(i);
            titles.InsertRange(i, families.Select(f =>
                new TitleSpan(level is null ? $"{text[f.Start..f.End]} {role}" : $"{level} {text[f.Start..f.End]} {role}", f.Start, f.End, title.FromBody)
                {
                    InSentence = title.InSentence,
                    List = title.List,
                }));
        }
    }

    /// <summary>The family words that [start, end) lists and nothing else ("Frontend, Backend, Full Stack, DevOps"), or null.</summary>
    private List<(int Start, int End)>? BracketFamilies(string text, int start, int end)
    {
        var families = new List<(int Start, int End)>();
        var from = start;
        foreach (var separator in BracketFamilySeparator().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            if (!AddFamily(text, from, start + separator.Index, families))
            {
                return null;
            }
            from = start + separator.Index + separator.Length;
        }
        return AddFamily(text, from, end, families) && families.Count >= 2 ? families : null;
    }

    private bool AddFamily(string text, int start, int end, List<(int Start, int End)> families)
    {
        var (a, b) = Trim(text, start, end);
        if (b <= a || !IsLoneFamily(text, a, b) || LeadingLevel(text, a, b) is not null)
        {
            return false;
        }
        families.Add((a, b));
        return true;
    }

    [GeneratedRegex(@"\s*(?:,|/|&|\band\b|\bor\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketFamilySeparator();
}
