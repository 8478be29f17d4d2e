import Foundation

extension Catalog {
    /// The catalog that ships inside the binary (`Catalog/catalog.json`, embedded at build time).
    public static func bundled() throws -> Catalog {
        try JSONDecoder().decode(Catalog.self, from: Data(PackageResources.catalog_json))
    }
}
