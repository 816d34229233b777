namespace InfoBladPublisher.Validation;

internal enum FieldKind
{
    Text,
    Date,
    WholeNumber,
    Boolean,
    TextList,
    TextMap,
    MappingList,
}
