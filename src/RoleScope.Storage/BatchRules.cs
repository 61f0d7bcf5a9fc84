namespace RoleScope.Storage;

/// <summary>What every store checks before writing a batch, so that a bad posting rejects the batch before any of it is written.</summary>
internal static class BatchRules
{
    internal static void Check(IReadOnlyList<StoredPosting> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            if (Problem(batch[i]) is { } problem)
            {
                throw new ArgumentException($"Posting {i} of the batch {problem} Nothing of the batch was stored.", nameof(batch));
            }
        }
    }

    /// <summary>Why a posting cannot be stored, or null.</summary>
    private static string? Problem(StoredPosting? item) => item switch
    {
        null => "is null.",
        _ when string.IsNullOrWhiteSpace(item.Raw.Source) || string.IsNullOrWhiteSpace(item.Raw.Id) =>
            "has no source or id, so it has no identity to store under.",
        _ when !string.Equals(item.Extracted.Id, item.Raw.Id, StringComparison.Ordinal) =>
            $"({item.Raw.Source}/{item.Raw.Id}) carries the extraction of '{item.Extracted.Id}'.",
        _ when item.ExtractorVersion is null => $"({item.Raw.Source}/{item.Raw.Id}) has no extractor version.",
        _ => null,
    };
}
