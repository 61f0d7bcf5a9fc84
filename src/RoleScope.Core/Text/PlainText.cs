namespace RoleScope.Core.Text;

/// <summary>Whitespace normalisation shared by every input: lines trimmed, runs of spaces collapsed, at most one blank line.</summary>
public static class PlainText
{
    public static string Normalize(string text)
    {
        var output = NormalizedTextBuilder.ForThread();
        output.Append(text);
        return output.ToString();
    }
}
