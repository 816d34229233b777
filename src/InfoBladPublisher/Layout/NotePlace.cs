namespace InfoBladPublisher.Layout;

/// <summary>Where one note landed, as the engine reports it (pages 1-based): its call's page, and the page its text starts on.</summary>
internal sealed record NotePlace(int Number, int CallPage, int NotePage)
{
    public bool OnItsPage => CallPage == NotePage;
}
