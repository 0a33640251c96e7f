import Foundation
import WartaData

/// Finds Warta's data folder; see `WartaData.locate`.
public enum WartaDataLocator {
    public static func locate(explicit: String? = nil) -> URL? { WartaData.locate(explicit: explicit) }
}
