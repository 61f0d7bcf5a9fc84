using System.Text;

namespace RoleScope.Core.Text;

/// <summary>Whitespace normalisation shared by every input: lines trimmed, runs of spaces collapsed, at most one blank line.</summary>
public static class PlainText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var raw = text[i];
            if (raw == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // "\r\n" is one line break, not two.
            }
            var c = raw switch
            {
                '\u00a0' or '\u2007' or '\u202f' or '\t' => ' ',
                '\r' => '\n',
                '\u2028' or '\u2029' => '\n',
                _ => raw,
            };
            if (c == '\n')
            {
                pendingSpace = false;
                newlines++;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }
            if (builder.Length > 0)
            {
                if (newlines > 0)
                {
                    builder.Append(newlines > 1 ? "\n\n" : "\n");
                }
                else if (pendingSpace)
                {
                    builder.Append(' ');
                }
            }
            newlines = 0;
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
