package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U64;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;

/** Sim to client: region statistics (time dilation, fps, agent counts...), every 3 s to root agents. */
public record SimStats(Region region, @Variable List<Stat> stat, PidStat pidStat, @Variable List<RegionInfo> regionInfo)
        implements Message {

    public record Region(@U32 long regionX, @U32 long regionY, @U32 long regionFlags, @U32 long objectCapacity) {}

    public record Stat(@U32 long statID, float statValue) {}

    public record PidStat(@S32 int pid) {}

    public record RegionInfo(@U64 long regionFlagsExtended) {}
}
