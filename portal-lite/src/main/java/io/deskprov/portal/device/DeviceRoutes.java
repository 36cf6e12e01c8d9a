package io.deskprov.portal.device;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/** The device endpoints, for admins. */
public final class DeviceRoutes {
    private final DeviceService devices;
    private final SeenDeviceService seen;

    public DeviceRoutes(DeviceService devices, SeenDeviceService seen) {
        this.devices = devices;
        this.seen = seen;
    }

    public void register(Router router) {
        router.get("/api/devices", Access.ADMIN, call -> Response.ok(devices.list(call.signedIn())))
              .post("/api/devices", Access.ADMIN, this::add)
              .put("/api/devices/{id}/workplace", Access.ADMIN, this::assign)
              .post("/api/devices/{id}/resync", Access.ADMIN, call -> checkSync(call, CheckSync.Action.RESYNC))
              .post("/api/devices/{id}/reboot", Access.ADMIN, call -> checkSync(call, CheckSync.Action.REBOOT))
              .get("/api/seen-devices", Access.ADMIN, call -> Response.ok(seen.list()))
              .post("/api/seen-devices/{mac}/assign", Access.ADMIN, this::assignSeen);
    }

    private Response add(Call call) {
        final NewPhone phone = call.body(NewPhone.class);
        return Response.created(devices.add(call.signedIn(), ApiException.required(phone.vendor(), "vendor"),
                                            ApiException.required(phone.model(), "model"),
                                            MacAddress.parse(ApiException.required(phone.mac(), "mac")),
                                            phone.workplaceId()));
    }

    private Response assign(Call call) {
        final Placement placement = call.body(Placement.class);
        return Response.ok(devices.assign(call.signedIn(), call.request().pathId("id"), placement.workplaceId()));
    }

    private Response checkSync(Call call, CheckSync.Action action) {
        devices.requestCheckSync(call.signedIn(), call.request().pathId("id"), action);
        return Response.accepted(new Requested(action));
    }

    private Response assignSeen(Call call) {
        final SeenChoice choice = call.body(SeenChoice.class);
        return Response.created(seen.assign(call.signedIn(), MacAddress.parse(call.request().pathParam("mac")),
                                            choice.model(), choice.workplaceId()));
    }

    record NewPhone(@Nullable Vendor vendor, @Nullable String model, @Nullable String mac,
                    @Nullable Long workplaceId) {
    }

    /** @param workplaceId null to unassign */
    record Placement(@Nullable Long workplaceId) {
    }

    record SeenChoice(@Nullable String model, @Nullable Long workplaceId) {
    }

    record Requested(CheckSync.Action requested) {
    }
}
