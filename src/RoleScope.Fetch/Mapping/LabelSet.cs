namespace RoleScope.Fetch.Mapping;

/// <summary>Builds a posting's labels, leaving out blank values; null when there are none.</summary>
internal sealed class LabelSet
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public LabelSet Add(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _labels[key] = value.Trim();
        }
        return this;
    }

    public IReadOnlyDictionary<string, string>? Build() => _labels.Count == 0 ? null : _labels;
}
