package io.deskprov.registrar;

/**
 * The Event header of a check-sync NOTIFY per vendor.
 *
 * <p>Yealink: {@code check-sync;reboot=true|false}; with the phone's default
 * {@code sip.notify_reboot_enable=1} it reboots on any check-sync, with 0 only on
 * {@code reboot=true} (Yealink CP969 administrator guide, "Resync and reboot by SIP NOTIFY").
 *
 * <p>Polycom: plain {@code check-sync}; whether it restarts is the phone's setting
 * {@code voIpProt.SIP.specialEvent.checkSync.alwaysReboot}, not a header parameter (Asterisk's
 * {@code pjsip_notify.conf.sample}, {@code polycom-check-cfg}), so {@code reboot} changes nothing.
 */
final class CheckSyncEvent {
    private CheckSyncEvent() {
    }

    static String of(boolean polycom, boolean reboot) {
        if (polycom) {
            return "check-sync";
        }
        return "check-sync;reboot=" + reboot;
    }
}
