using System.Xml;

namespace Wres.Excel.Reading;

/// <summary>The sheet's elements as they stream past: rows and their numbers, cells and their references, types, styles and values.</summary>
internal sealed partial class SheetCsvStream
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// Handles the node the reader is on. Only the sheet data is read: <c>row</c>, <c>c</c> (cell), <c>v</c> (its
    /// value), <c>is</c> (an inline string) with its <c>t</c> texts, phonetic guides (<c>rPh</c>) left out.
    /// </summary>
    private void Element()
    {
        switch (_reader.NodeType)
        {
            case XmlNodeType.Element:
                StartElement(_reader.LocalName, _reader.IsEmptyElement);
                break;
            case XmlNodeType.EndElement:
                EndElement(_reader.LocalName);
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                if (_inValue)
                {
                    _cellValue = _cellValue is null ? _reader.Value : _cellValue + _reader.Value;
                }
                else if (_inText && _phoneticDepth <= 0)
                {
                    _inline.Append(_reader.Value);
                }

                break;
        }
    }

    private void StartElement(string name, bool empty)
    {
        if (!_inSheetData)
        {
            _inSheetData = name == "sheetData" && !empty;
            return;
        }

        switch (name)
        {
            case "row":
                StartRow();
                if (empty)
                {
                    EndRow();
                }

                break;
            case "c":
                StartCell();
                if (empty)
                {
                    EndCell();
                }

                break;
            case "v":
                _inValue = _inCell && !empty;
                break;
            case "is":
                _inInline = _inCell && !empty;
                break;
            case "t":
                _inText = _inInline && !empty;
                break;
            case "rPh":
                _phoneticDepth += empty ? 0 : 1;
                break;
        }
    }

    private void EndElement(string name)
    {
        if (!_inSheetData)
        {
            return;
        }

        switch (name)
        {
            case "sheetData":
                EndRow();
                _inSheetData = false;
                break;
            case "row":
                EndRow();
                break;
            case "c":
                EndCell();
                break;
            case "v":
                _inValue = false;
                break;
            case "is":
                _inInline = false;
                break;
            case "t":
                _inText = false;
                break;
            case "rPh":
                _phoneticDepth--;
                break;
        }
    }

    private void StartRow()
    {
        EndRow();
        var row = -1;
        if (_reader.GetAttribute("r") is { } number)
        {
            row = CellReference.Row(number);
            if (row < 0)
            {
                throw WorkbookProblem.DamagedAt(_file, _nextLine, $"the sheet '{_source.SheetName}' has a row numbered '{number}'");
            }
        }

        if (row < 0)
        {
            row = _row + 1;
        }

        if (row <= _row)
        {
            throw WorkbookProblem.DamagedAt(_file, row, $"the sheet '{_source.SheetName}' has its rows out of order");
        }

        _row = row;
        _inRow = true;
        _lastColumn = -1;
        _lastValueColumn = -1;
    }

    private void StartCell()
    {
        EndCell();
        if (!_inRow)
        {
            return;
        }

        var column = -1;
        if (_reader.GetAttribute("r") is { } reference)
        {
            column = CellReference.Column(reference);
            if (column < 0)
            {
                throw WorkbookProblem.DamagedAt(_file, _row, $"the sheet '{_source.SheetName}' has a cell '{reference}'");
            }
        }

        _cellType = _reader.GetAttribute("t");
        _cellStyle = _reader.GetAttribute("s") is { } style && int.TryParse(style, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : 0;
        if (column < 0)
        {
            column = _lastColumn + 1;
        }

        if (column <= _lastColumn || column >= CellReference.MaxColumns)
        {
            throw WorkbookProblem.DamagedAt(_file, _row, $"the sheet '{_source.SheetName}' has its cells out of order");
        }

        _lastColumn = column;
        _cellColumn = column;
        _cellValue = null;
        _inline.Clear();
        _inValue = false;
        _inInline = false;
        _inText = false;
        _phoneticDepth = 0;
        _inCell = true;
    }

    private void EndCell()
    {
        if (!_inCell)
        {
            return;
        }

        _inCell = false;
        _inInline = false;
        var text = _text.Of(_cellType, _cellStyle, _cellValue, _inline, _row);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (_cellColumn >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Max(_cells.Length * 2, _cellColumn + 1));
        }

        _cells[_cellColumn] = text;
        _lastValueColumn = _cellColumn;
    }
}
