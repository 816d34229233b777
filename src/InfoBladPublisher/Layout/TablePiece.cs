namespace InfoBladPublisher.Layout;

/// <summary>The part of a table on one page: which table (in body order), the page (0-based), its body rows there.</summary>
internal sealed record TablePiece(int Table, int Page, int BodyRows);
