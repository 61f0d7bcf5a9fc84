namespace RoleScope.Evaluation.SkillSpan;

/// <summary>A span of tokens [First, End).</summary>
public readonly record struct TokenSpan(int First, int End);

/// <summary>Decodes BIO tags into spans.</summary>
public static class BioSpans
{
    /// <summary>
    /// "B" opens a span, "I" continues it, anything else closes it. An "I" with no open span opens one: annotation slips
    /// of that kind still mark a skill, and dropping them would understate the gold set.
    /// </summary>
    public static List<TokenSpan> Decode(IReadOnlyList<string> tags)
    {
        var spans = new List<TokenSpan>();
        var start = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == "B" || (tag == "I" && start < 0))
            {
                if (start >= 0)
                {
                    spans.Add(new TokenSpan(start, i));
                }
                start = i;
            }
            else if (tag != "I" && start >= 0)
            {
                spans.Add(new TokenSpan(start, i));
                start = -1;
            }
        }
        if (start >= 0)
        {
            spans.Add(new TokenSpan(start, tags.Count));
        }
        return spans;
    }
}
