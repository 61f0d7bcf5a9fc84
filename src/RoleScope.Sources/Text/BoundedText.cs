using System.Text;

namespace RoleScope.Sources.Text;

internal static class BoundedText
{
    /// <summary>Reads to the end, or returns null as soon as the text is longer than <paramref name="maxChars"/>.</summary>
    public static string? ReadToEnd(TextReader reader, int maxChars)
    {
        var text = new StringBuilder();
        var buffer = new char[64 * 1024];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + n > maxChars)
            {
                return null;
            }
            text.Append(buffer, 0, n);
        }
        return text.ToString();
    }

    /// <summary>
    /// Reads until the text holds something other than white space and then up to <paramref name="chars"/> more,
    /// or to the end; a leading byte-order mark is dropped (a <see cref="StreamReader"/> drops it already, a string does not).
    /// </summary>
    public static string ReadHead(TextReader reader, int chars)
    {
        var head = new StringBuilder();
        var buffer = new char[4096];
        var firstContent = -1;
        while (firstContent < 0 || head.Length - firstContent < chars)
        {
            var want = firstContent < 0 ? buffer.Length : Math.Min(buffer.Length, chars - (head.Length - firstContent));
            var n = reader.Read(buffer, 0, want);
            if (n == 0)
            {
                break;
            }
            var start = head.Length;
            head.Append(buffer, 0, n);
            if (firstContent < 0)
            {
                for (var i = start; i < head.Length; i++)
                {
                    if (!char.IsWhiteSpace(head[i]) && head[i] != '\uFEFF')
                    {
                        firstContent = i;
                        break;
                    }
                }
            }
        }
        if (head.Length > 0 && head[0] == '\uFEFF')
        {
            head.Remove(0, 1);
        }
        return head.ToString();
    }
}
