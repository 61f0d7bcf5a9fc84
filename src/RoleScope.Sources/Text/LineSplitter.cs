using System.Text;

namespace RoleScope.Sources.Text;

/// <summary>
/// Splits a reader into lines ending in LF or CRLF, numbered from 1, without ever holding more than
/// <see cref="InputLimits.MaxRecordChars"/> of one line (a 10 GB line without a newline must not be read into memory).
/// </summary>
internal static class LineSplitter
{
    public static IEnumerable<PhysicalLine> Lines(TextReader reader)
    {
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        var number = 1;
        var tooLong = false;
        var any = false;
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < n)
            {
                var newline = Array.IndexOf(buffer, '\n', start, n - start);
                var end = newline < 0 ? n : newline;
                Append(line, buffer.AsSpan(start, end - start), ref tooLong);
                any = true;
                if (newline < 0)
                {
                    break;
                }
                yield return Finish(line, number++, tooLong);
                tooLong = false;
                any = false;
                start = newline + 1;
            }
        }
        if (any)
        {
            yield return Finish(line, number, tooLong);
        }
    }

    private static void Append(StringBuilder line, ReadOnlySpan<char> chars, ref bool tooLong)
    {
        if (tooLong)
        {
            return;
        }
        if (line.Length + chars.Length > InputLimits.MaxRecordChars)
        {
            // Keep what a reject shows; drop the rest of the line as it streams past.
            tooLong = true;
            var keep = Math.Max(0, InputLimits.MaxRejectTextChars - line.Length);
            line.Append(chars[..Math.Min(keep, chars.Length)]);
            return;
        }
        line.Append(chars);
    }

    private static PhysicalLine Finish(StringBuilder line, int number, bool tooLong)
    {
        if (!tooLong && line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }
        var result = new PhysicalLine(number, line.ToString(), tooLong);
        line.Clear();
        return result;
    }
}
