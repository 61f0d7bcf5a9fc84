namespace RoleScope.Sources;

/// <summary>Tells a Hacker News item from a canonical posting by the field names of a JSON record.</summary>
internal static class PostingShape
{
    public static InputFormat Classify(IReadOnlySet<string> keys, string? type)
    {
        if (keys.Contains("hn_id"))
        {
            return InputFormat.Hn;
        }
        if (keys.Contains("description"))
        {
            return InputFormat.Jsonl;
        }
        if (type is "comment" or "story" or "job")
        {
            return InputFormat.Hn;
        }
        // "by" (the poster), "kids"/"parent" (the thread) and a "text" without any canonical field are HN's own.
        if (keys.Contains("by") || keys.Contains("kids") || keys.Contains("parent") || (keys.Contains("text") && !keys.Contains("title")))
        {
            return InputFormat.Hn;
        }
        return InputFormat.Jsonl;
    }
}
