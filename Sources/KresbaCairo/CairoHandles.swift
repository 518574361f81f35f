import CPangoCairo

/// Owns one `cairo_surface_t` (destroyed in `deinit`).
final class CairoSurface {
    /// The owned surface.
    let raw: OpaquePointer

    /// Takes ownership of a freshly created surface and checks its status.
    ///
    /// Cairo never returns NULL from a constructor: a failure is an "error surface" whose status
    /// says why, so the status is checked here, once, for every surface the backend makes.
    init(_ raw: OpaquePointer?, _ doing: @autoclosure () -> String) throws {
        guard let raw else { throw BackendError.cairo("no surface returned while \(doing())") }
        self.raw = raw
        try checkStatus(cairo_surface_status(raw), doing())
    }

    deinit {
        cairo_surface_destroy(raw)
    }

    /// Finishes the surface (vector surfaces write their output now) and checks for errors.
    func finish() throws {
        cairo_surface_finish(raw)
        try checkStatus(cairo_surface_status(raw), "finishing the surface")
    }
}

/// Owns one `cairo_t` (destroyed in `deinit`) and the surface it draws on.
final class CairoContext {
    /// The owned drawing context.
    let raw: OpaquePointer
    /// The target, kept alive as long as the context.
    let surface: CairoSurface

    /// Creates a context drawing on `surface`.
    init(surface: CairoSurface) throws {
        guard let raw = cairo_create(surface.raw) else {
            throw BackendError.cairo("no context returned while creating a drawing context")
        }
        self.raw = raw
        self.surface = surface
        try checkStatus(cairo_status(raw), "creating a drawing context")
    }

    deinit {
        cairo_destroy(raw)
    }

    /// Throws if the context has entered an error state (errors are sticky, so one check after a
    /// batch of calls covers all of them).
    func check(_ doing: @autoclosure () -> String) throws {
        try checkStatus(cairo_status(raw), doing())
    }
}
