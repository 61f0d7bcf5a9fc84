using System.Text;

namespace RoleScope.Sources.Csv;

/// <summary>
/// An RFC 4180 reader (comma, double quote, LF or CRLF) that streams records with the line where each starts.
/// Written here rather than taken from Sep because a reject must name an unterminated quote and reading must go on after
/// one, and after a record over <see cref="InputLimits.MaxRecordChars"/>; Sep reports neither and stops at its own limit.
/// Lenient where RFC 4180 is silent: a quote inside an unquoted field, or text after a closing quote, is kept as text.
/// </summary>
internal sealed class CsvTokenizer(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;
    private string _pushback = "";
    private int _pushbackPosition;
    private int _line = 1;

    public IEnumerable<CsvRecord> Records()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var recoveries = 0;
        int c;
        while ((c = Next()) >= 0)
        {
            var startLine = _line;
            fields.Clear();
            field.Clear();
            raw.Clear();
            var inQuotes = false;
            var quoted = false;
            var fieldStarted = false;
            var length = 0;
            var tooLong = false;
            var atEnd = false;
            while (true)
            {
                if (c < 0)
                {
                    atEnd = true;
                    break;
                }
                if (++length > InputLimits.MaxRecordChars && !tooLong)
                {
                    // Stop holding the record, but go on reading it to find where the next one starts.
                    tooLong = true;
                    fields.Clear();
                    field.Clear();
                }
                if (!tooLong)
                {
                    raw.Append((char)c);
                }
                if (inQuotes)
                {
                    if (c == '"' && Peek() == '"')
                    {
                        Next();
                        length++;
                        Keep(field, '"', tooLong, raw);
                    }
                    else if (c == '"')
                    {
                        inQuotes = false;
                    }
                    else
                    {
                        _line += c == '\n' ? 1 : 0;
                        Keep(field, (char)c, tooLong, null);
                    }
                }
                else if (c == ',')
                {
                    if (!tooLong)
                    {
                        fields.Add(field.ToString());
                    }
                    field.Clear();
                    quoted = false;
                    fieldStarted = false;
                }
                else if (c == '\n' || (c == '\r' && Peek() == '\n'))
                {
                    if (c == '\r')
                    {
                        Next();
                    }
                    _line++;
                    break;
                }
                else if (c == '"' && !fieldStarted)
                {
                    inQuotes = true;
                    quoted = true;
                    fieldStarted = true;
                }
                else
                {
                    fieldStarted = true;
                    Keep(field, (char)c, tooLong, null);
                }
                c = Next();
            }

            if (tooLong)
            {
                yield return new CsvRecord(startLine, [], Cut(raw), Rejects.RecordTooLong());
                continue;
            }
            if (atEnd && inQuotes)
            {
                var text = raw.ToString();
                var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
                yield return new CsvRecord(startLine, [], Cut(firstBreak < 0 ? text : text[..firstBreak]), "unterminated quoted field");
                if (firstBreak >= 0 && recoveries++ < InputLimits.MaxCsvQuoteRecoveries)
                {
                    // The quote swallowed the lines after it: read them again as records of their own.
                    _pushback = text[(firstBreak + 1)..];
                    _pushbackPosition = 0;
                    _line = startLine + 1;
                }
                continue;
            }
            fields.Add(field.ToString());
            if (fields.Count == 1 && !quoted && string.IsNullOrWhiteSpace(fields[0]))
            {
                // A blank line separates nothing in CSV.
                continue;
            }
            yield return new CsvRecord(startLine, [.. fields], Cut(raw), null);
        }
    }

    private static void Keep(StringBuilder field, char c, bool tooLong, StringBuilder? raw)
    {
        if (!tooLong)
        {
            field.Append(c);
            raw?.Append(c);
        }
    }

    private static string Cut(StringBuilder raw) => Cut(raw.ToString(0, Math.Min(raw.Length, InputLimits.MaxRejectTextChars + 2)));

    /// <summary>The record's text without its line break, cut to what a reject keeps.</summary>
    private static string Cut(string raw)
    {
        var text = raw.TrimEnd('\n', '\r');
        return text.Length <= InputLimits.MaxRejectTextChars ? text : text[..InputLimits.MaxRejectTextChars];
    }

    private int Next()
    {
        if (_pushbackPosition < _pushback.Length)
        {
            return _pushback[_pushbackPosition++];
        }
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position++];
    }

    private int Peek()
    {
        if (_pushbackPosition < _pushback.Length)
        {
            return _pushback[_pushbackPosition];
        }
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position];
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
