import Foundation

extension Catalog {
    /// The catalog that ships inside the binary (`Catalog/catalog.json`, embedded by `Scripts/catalog/embed.py`).
    public static func bundled() throws -> Catalog {
        try JSONDecoder().decode(Catalog.self, from: Data(bundledCatalogJSON.utf8))
    }
}
