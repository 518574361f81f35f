import CPangoCairo

/// Turns a Cairo status into a thrown ``BackendError/cairo(_:)`` naming what was being done.
///
/// Cairo errors are sticky (a failed context or surface ignores every later call), so checking
/// after each step that creates something, and once after drawing, catches every failure.
func checkStatus(_ status: cairo_status_t, _ doing: @autoclosure () -> String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw BackendError.cairo("\(String(cString: cairo_status_to_string(status))) while \(doing())")
}
