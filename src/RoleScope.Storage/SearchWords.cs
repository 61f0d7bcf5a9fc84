namespace RoleScope.Storage;

/// <summary>
/// The words of a search query as both stores understand them: runs of letters and digits, lower-cased. Anything else
/// (quotes, operators, punctuation) separates words, so a query can never be read as FTS5 or tsquery syntax.
/// </summary>
internal static class SearchWords
{
    /// <summary>Longest query kept, in words: more only narrows a result that is already one posting or none.</summary>
    internal const int MaxWords = 32;

    internal static List<string> Of(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = new List<string>();
        var i = 0;
        while (i < query.Length && words.Count < MaxWords)
        {
            while (i < query.Length && !char.IsLetterOrDigit(query[i]))
            {
                i++;
            }
            var start = i;
            while (i < query.Length && char.IsLetterOrDigit(query[i]))
            {
                i++;
            }
            if (i > start)
            {
                words.Add(query[start..i].ToLowerInvariant());
            }
        }
        return words;
    }
}
